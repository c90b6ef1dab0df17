package civil.eldercare.testkit;

import civil.core.identity.AreaCode;
import civil.core.period.HalfYear;
import civil.core.testkit.CoreGenerators;
import civil.eldercare.activity.Activity;
import civil.eldercare.activity.ActivityKind;
import civil.eldercare.assessment.AssessmentCatalog;
import civil.eldercare.assessment.AssessmentSheet;
import civil.eldercare.assessment.Finding;
import civil.eldercare.assessment.Grade;
import civil.eldercare.assessment.ItemFindings;
import civil.eldercare.assessment.Points;
import civil.eldercare.award.HomeStanding;
import civil.eldercare.daycare.DayCareCentre;
import civil.eldercare.homecare.CareService;
import civil.eldercare.homecare.CareWorker;
import civil.eldercare.homecare.Visit;
import civil.eldercare.nursinghome.Occupancy;
import civil.eldercare.volunteer.ServiceDomain;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

/**
 * QuickTheories generators for elderly care, built from the public factories: complete assessment
 * sheets for a catalogue (findings of 0.5 to 10 points, so that items fall to zero, below the
 * rectification line, or stay full), home standings for the award, monthly occupancy, care
 * workers and their visits, day-care centres, and "three smalls" activities.
 */
public final class EldercareGenerators {
  private EldercareGenerators() {}

  /** Findings for one item: none most often, else one to three deductions of 0.5 to 10 points. */
  public static Gen<List<Finding>> findings() {
    Gen<Finding> one = Generate.range(1, 20).map(h -> new Finding(Points.ofHalves(h), "扣分"));
    return SourceDSL.lists().of(one).ofSizeBetween(0, 3).mix(Generate.constant(List.of()), 40);
  }

  /** A sheet naming every item of {@code catalog} once, in catalogue order, with no veto. */
  public static Gen<AssessmentSheet> completeSheets(AssessmentCatalog catalog, HalfYear period) {
    List<String> codes = List.copyOf(catalog.items().keySet());
    return SourceDSL.lists().of(findings()).ofSize(codes.size()).map(all -> {
      List<ItemFindings> items = new ArrayList<>();
      for (int i = 0; i < codes.size(); i++) {
        items.add(new ItemFindings(codes.get(i), all.get(i)));
      }
      return new AssessmentSheet(period, Optional.empty(), items, List.of());
    });
  }

  /** Standings of up to eight homes, ids HOME-01 …, monthly occupancy 0-120 beds, any grade. */
  public static Gen<List<HomeStanding>> standings() {
    Gen<List<Integer>> months = SourceDSL.lists().of(Generate.range(0, 120).mix(Generate.constant(0), 10)).ofSize(6);
    Gen<HomeStanding> home = Generate.enumValues(Grade.class).zip(months, (g, m) -> new HomeStanding("x", g, m));
    return SourceDSL.lists().of(home).ofSizeBetween(0, 8).map(list -> {
      List<HomeStanding> named = new ArrayList<>();
      for (int i = 0; i < list.size(); i++) {
        named.add(new HomeStanding(String.format("HOME-%02d", i + 1), list.get(i).grade(), list.get(i).monthlyOccupiedBeds()));
      }
      return named;
    });
  }

  /** Care workers of 解放区's subdistricts, trained on a day in 2025 or 2026. */
  public static Gen<CareWorker> careWorkers() {
    return Generate.range(1, 9_999).zip(CoreGenerators.names(), CoreGenerators.subdistricts(),
        CoreGenerators.datesBetween(LocalDate.of(2025, 1, 1), LocalDate.of(2026, 12, 31)),
        (n, name, sub, trained) -> CareWorker.of(String.format("CW-%06d", n), name, sub, trained));
  }

  /** Visits of worker {@code CW-000001} to client {@code HC-000001} in 2026: any service, half an hour to a day. */
  public static Gen<Visit> visits() {
    return Generate.range(1, 99_999).zip(CoreGenerators.datesBetween(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)),
        Generate.enumValues(CareService.class), Generate.range(1, 48).mix(Generate.pick(List.of(1, 2, 48)), 20),
        (n, date, service, halfHours) -> Visit.of(String.format("VS-%06d", n), "CW-000001", "HC-000001", date, service,
            halfHours));
  }

  /** Day-care centres of 10 to 80 places, open on weekdays or on every day. */
  public static Gen<DayCareCentre> dayCareCentres() {
    Gen<Set<DayOfWeek>> days = Generate.booleans().map(b -> b ? DayCareCentre.weekdays() : EnumSet.allOf(DayOfWeek.class));
    return Generate.range(1, 999).zip(CoreGenerators.subdistricts(), Generate.range(10, 80), days,
        (n, sub, capacity, open) -> DayCareCentre.of(String.format("DC-%06d", n), "日间照料中心" + n, sub, capacity,
            LocalDate.of(2025, 6, 1), open));
  }

  /** "Three smalls" sessions in a community of 解放区 in 2026, run by one or two volunteers for up to 30 elders. */
  public static Gen<Activity> activities() {
    Gen<List<String>> attendees = Generate.range(0, 30).map(k -> {
      List<String> ids = new ArrayList<>();
      for (int i = 1; i <= k; i++) {
        ids.add(String.format("E%04d", i));
      }
      return ids;
    });
    Gen<List<String>> leaders = Generate.range(1, 2).map(k -> k == 1 ? List.of("V0001") : List.of("V0001", "V0002"));
    return Generate.enumValues(ActivityKind.class).zip(Generate.enumValues(ServiceDomain.class),
        CoreGenerators.communities(), CoreGenerators.datesBetween(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)),
        (kind, topic, community, date) -> new Object[] {kind, topic, community, date})
        .zip(leaders, attendees, (a, l, e) -> Activity.of("AC-000001", (ActivityKind) a[0], (ServiceDomain) a[1],
            "小讲座", (LocalDate) a[3], (AreaCode) a[2], l, e));
  }

  /** Monthly occupancy of home {@code NH-000001} in 2026: 0 to 120 beds, biased toward empty and full. */
  public static Gen<Occupancy> occupancy() {
    return Generate.range(1, 12).zip(Generate.range(0, 120).mix(Generate.pick(List.of(0, 120)), 20),
        (month, beds) -> new Occupancy("NH-000001", YearMonth.of(2026, month), beds));
  }
}
