package civil.relief.medical;

import civil.core.identity.ResidentId;
import java.util.function.UnaryOperator;

/** Port: where residents' aid-category ranges are kept. */
public interface AidCategoryStore {
  /** The resident's ranges; none registered gives an empty set. */
  ResidentAidCategories get(ResidentId residentId);

  /**
   * Replaces the resident's ranges by {@code change} applied to the stored ones, atomically with
   * respect to other updates of the same resident; if {@code change} throws, nothing is stored.
   */
  ResidentAidCategories update(ResidentId residentId, UnaryOperator<ResidentAidCategories> change);
}
