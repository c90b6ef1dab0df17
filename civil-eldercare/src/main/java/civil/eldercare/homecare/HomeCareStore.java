package civil.eldercare.homecare;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/** Port: home-care clients, care workers and visits. */
public interface HomeCareStore {
  /**
   * Stores the client {@code create} makes from a new id and the resident's enrolments so far
   * (to refuse a second active one); atomic per resident.
   */
  HomeCareClient addClient(String residentKey, BiFunction<String, List<HomeCareClient>, HomeCareClient> create);

  Optional<HomeCareClient> client(String clientId);

  /** Every client, by id. */
  List<HomeCareClient> clients();

  /**
   * Replaces a client by {@code change} applied to it together with the clients currently assigned
   * to {@code workerId} (for the caseload); serialised with other assignments to that worker.
   *
   * @throws civil.core.error.NotFoundException if there is no such client
   */
  HomeCareClient assign(String clientId, String workerId, BiFunction<HomeCareClient, List<HomeCareClient>, HomeCareClient> change);

  /**
   * Replaces a client by {@code change} applied to it.
   *
   * @throws civil.core.error.NotFoundException if there is no such client
   */
  HomeCareClient replaceClient(String clientId, UnaryOperator<HomeCareClient> change);

  CareWorker addWorker(Function<String, CareWorker> create);

  Optional<CareWorker> worker(String workerId);

  /** Every worker, by id. */
  List<CareWorker> workers();

  Visit addVisit(Function<String, Visit> create);

  /** A client's visits dated from {@code from} to {@code to}, in the order recorded. */
  List<Visit> visits(String clientId, LocalDate from, LocalDate to);

  /** Every visit dated from {@code from} to {@code to}, in the order recorded. */
  List<Visit> visitsBetween(LocalDate from, LocalDate to);
}
