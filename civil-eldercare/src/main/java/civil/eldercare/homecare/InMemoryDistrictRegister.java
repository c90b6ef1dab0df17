package civil.eldercare.homecare;

import civil.core.identity.ResidentId;
import java.time.LocalDate;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** A {@link DistrictRegister} in memory: a set of residents registered on every date. */
public final class InMemoryDistrictRegister implements DistrictRegister {
  private final Set<ResidentId> registered = ConcurrentHashMap.newKeySet();

  public InMemoryDistrictRegister register(ResidentId residentId) {
    registered.add(residentId);
    return this;
  }

  @Override
  public boolean isRegistered(ResidentId residentId, LocalDate on) {
    return registered.contains(residentId);
  }
}
