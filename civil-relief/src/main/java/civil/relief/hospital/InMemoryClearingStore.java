package civil.relief.hospital;

import civil.core.error.NotFoundException;
import civil.core.identity.HospitalCode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/** A {@link ClearingStore} in memory, for tests and embedding. */
public final class InMemoryClearingStore implements ClearingStore {
  private final Map<String, ClearingStatement> statements = new LinkedHashMap<>();
  private final Map<String, Reconciliation> reconciliations = new LinkedHashMap<>();

  @Override
  public synchronized ClearingStatement draw(HospitalCode hospital, DrawWork draw) {
    ClearingStatement s = draw.draw(String.format("CL-%06d", statements.size() + 1), statements(Optional.of(hospital)));
    statements.put(s.clearingId(), s);
    return s;
  }

  @Override
  public synchronized Optional<ClearingStatement> find(String clearingId) {
    return Optional.ofNullable(statements.get(clearingId));
  }

  @Override
  public synchronized ClearingStatement replace(String clearingId, UnaryOperator<ClearingStatement> change) {
    ClearingStatement current = statements.get(clearingId);
    if (current == null) {
      throw new NotFoundException("clearing statement", clearingId);
    }
    ClearingStatement next = change.apply(current);
    statements.put(clearingId, next);
    return next;
  }

  @Override
  public synchronized List<ClearingStatement> statements(Optional<HospitalCode> hospital) {
    List<ClearingStatement> list = new ArrayList<>();
    for (ClearingStatement s : statements.values()) {
      if (hospital.map(h -> h.equals(s.hospital())).orElse(true)) {
        list.add(s);
      }
    }
    list.sort(Comparator.comparing((ClearingStatement s) -> s.hospital().value()).thenComparing(ClearingStatement::month));
    return list;
  }

  @Override
  public synchronized Reconciliation addReconciliation(Function<String, Reconciliation> make) {
    Reconciliation r = make.apply(String.format("RC-%06d", reconciliations.size() + 1));
    reconciliations.put(r.reconciliationId(), r);
    return r;
  }

  @Override
  public synchronized Optional<Reconciliation> findReconciliation(String reconciliationId) {
    return Optional.ofNullable(reconciliations.get(reconciliationId));
  }

  @Override
  public synchronized List<Reconciliation> reconciliations(Optional<HospitalCode> hospital, LocalDate from, LocalDate to) {
    return reconciliations.values().stream()
        .filter(r -> hospital.map(h -> h.equals(r.hospital())).orElse(true))
        .filter(r -> !r.date().isBefore(from) && !r.date().isAfter(to)).toList();
  }
}
