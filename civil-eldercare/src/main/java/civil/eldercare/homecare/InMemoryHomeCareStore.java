package civil.eldercare.homecare;

import civil.core.error.NotFoundException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/** A {@link HomeCareStore} in memory, for tests and embedding. */
public final class InMemoryHomeCareStore implements HomeCareStore {
  private final TreeMap<String, HomeCareClient> clients = new TreeMap<>();
  private final TreeMap<String, CareWorker> workers = new TreeMap<>();
  private final List<Visit> visits = new ArrayList<>();
  private final Map<String, Integer> ids = new HashMap<>();

  private String nextId(String prefix) {
    return String.format("%s-%06d", prefix, ids.getOrDefault(prefix, 0) + 1);
  }

  private void used(String prefix) {
    ids.merge(prefix, 1, Integer::sum);
  }

  @Override
  public synchronized HomeCareClient addClient(String residentKey,
      BiFunction<String, List<HomeCareClient>, HomeCareClient> create) {
    List<HomeCareClient> mine = clients.values().stream()
        .filter(c -> c.residentId().value().equals(residentKey)).toList();
    HomeCareClient c = create.apply(nextId("HC"), mine);
    used("HC");
    clients.put(c.clientId(), c);
    return c;
  }

  @Override
  public synchronized Optional<HomeCareClient> client(String clientId) {
    return Optional.ofNullable(clients.get(clientId));
  }

  @Override
  public synchronized List<HomeCareClient> clients() {
    return List.copyOf(clients.values());
  }

  @Override
  public synchronized HomeCareClient assign(String clientId, String workerId,
      BiFunction<HomeCareClient, List<HomeCareClient>, HomeCareClient> change) {
    HomeCareClient current = clients.get(clientId);
    if (current == null) {
      throw new NotFoundException("home-care client", clientId);
    }
    List<HomeCareClient> caseload = clients.values().stream()
        .filter(c -> c.workerId().map(workerId::equals).orElse(false)).toList();
    HomeCareClient next = change.apply(current, caseload);
    clients.put(clientId, next);
    return next;
  }

  @Override
  public synchronized HomeCareClient replaceClient(String clientId, UnaryOperator<HomeCareClient> change) {
    HomeCareClient current = clients.get(clientId);
    if (current == null) {
      throw new NotFoundException("home-care client", clientId);
    }
    HomeCareClient next = change.apply(current);
    clients.put(clientId, next);
    return next;
  }

  @Override
  public synchronized CareWorker addWorker(Function<String, CareWorker> create) {
    CareWorker w = create.apply(nextId("CW"));
    used("CW");
    workers.put(w.workerId(), w);
    return w;
  }

  @Override
  public synchronized Optional<CareWorker> worker(String workerId) {
    return Optional.ofNullable(workers.get(workerId));
  }

  @Override
  public synchronized List<CareWorker> workers() {
    return List.copyOf(workers.values());
  }

  @Override
  public synchronized Visit addVisit(Function<String, Visit> create) {
    Visit v = create.apply(nextId("VS"));
    used("VS");
    visits.add(v);
    return v;
  }

  @Override
  public synchronized List<Visit> visits(String clientId, LocalDate from, LocalDate to) {
    return visits.stream().filter(v -> v.clientId().equals(clientId) && !v.date().isBefore(from) && !v.date().isAfter(to))
        .toList();
  }

  @Override
  public synchronized List<Visit> visitsBetween(LocalDate from, LocalDate to) {
    return visits.stream().filter(v -> !v.date().isBefore(from) && !v.date().isAfter(to)).toList();
  }
}
