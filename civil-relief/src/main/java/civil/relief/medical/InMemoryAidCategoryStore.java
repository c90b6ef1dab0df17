package civil.relief.medical;

import civil.core.identity.ResidentId;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.UnaryOperator;

/** An {@link AidCategoryStore} in memory, for tests and embedding. */
public final class InMemoryAidCategoryStore implements AidCategoryStore {
  private final ConcurrentMap<ResidentId, ResidentAidCategories> store = new ConcurrentHashMap<>();

  @Override
  public ResidentAidCategories get(ResidentId residentId) {
    return store.getOrDefault(residentId, ResidentAidCategories.none(residentId));
  }

  @Override
  public ResidentAidCategories update(ResidentId residentId, UnaryOperator<ResidentAidCategories> change) {
    return store.compute(residentId,
        (id, current) -> change.apply(current == null ? ResidentAidCategories.none(id) : current));
  }
}
