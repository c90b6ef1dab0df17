package civil.eldercare.assessment;

import static java.util.Objects.requireNonNull;

import civil.core.error.FieldProblem;
import civil.core.error.InvalidInputException;
import civil.core.period.HalfYear;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * An inspector's sheet for one home and one period (评分表): findings for every item of the
 * catalogue and the veto items found. {@code assessedOn} defaults to the period's last day.
 */
public record AssessmentSheet(HalfYear period, Optional<LocalDate> assessedOn, List<ItemFindings> items,
    List<String> vetoes) {
  public AssessmentSheet {
    requireNonNull(period, "period");
    requireNonNull(assessedOn, "assessedOn");
    items = List.copyOf(items);
    vetoes = List.copyOf(vetoes);
  }

  /** The date of the assessment: as given, or the period's last day. */
  public LocalDate date() {
    return assessedOn.orElse(period.lastDay());
  }

  /**
   * Checks the sheet against {@code catalog}: every item exactly once, no unknown item, no
   * unknown or repeated veto. Every problem names the item or veto.
   *
   * @throws InvalidInputException {@code ASSESSMENT_SHEET}
   */
  public void checkAgainst(AssessmentCatalog catalog) {
    List<FieldProblem> problems = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < items.size(); i++) {
      String code = items.get(i).itemCode();
      if (!catalog.items().containsKey(code)) {
        problems.add(new FieldProblem("items[" + i + "].itemCode",
            "unknown item '" + code + "' in catalogue " + catalog.version()));
      } else if (!seen.add(code)) {
        problems.add(new FieldProblem("items[" + i + "].itemCode", "item " + code + " appears more than once"));
      }
    }
    for (String code : catalog.items().keySet()) {
      if (!seen.contains(code)) {
        problems.add(new FieldProblem("items", "item " + code + " is missing; every item of the catalogue is scored"));
      }
    }
    Set<String> vetoSeen = new HashSet<>();
    for (int v = 0; v < vetoes.size(); v++) {
      if (!catalog.hasVeto(vetoes.get(v))) {
        problems.add(new FieldProblem("vetoes[" + v + "]", "unknown veto item '" + vetoes.get(v) + "'"));
      } else if (!vetoSeen.add(vetoes.get(v))) {
        problems.add(new FieldProblem("vetoes[" + v + "]", "veto " + vetoes.get(v) + " appears more than once"));
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException("ASSESSMENT_SHEET", problems);
    }
  }
}
