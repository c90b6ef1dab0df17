package civil.api.http;

import static civil.api.http.RouteTable.roles;

import civil.api.Services;
import civil.core.error.InvalidInputException;
import civil.core.identity.AreaCode;
import civil.core.identity.ResidentId;
import civil.core.money.Money;
import civil.core.period.DateRange;
import civil.relief.hardship.HardshipEntitlement;
import civil.relief.hardship.HardshipPayment;
import civil.relief.hardship.HardshipRecipient;
import civil.relief.hardship.SelfCareAbility;
import civil.relief.household.AreaType;
import civil.relief.round.ReliefRound;
import civil.relief.round.RosterCorrection;
import civil.relief.round.RosterEntry;
import civil.relief.round.RoundRule;
import civil.relief.round.RoundStatus;
import civil.relief.round.SubdistrictTotal;
import civil.relief.temporary.GrantLimit;
import civil.relief.temporary.ReliefCause;
import civil.relief.temporary.TemporaryReliefDecision;
import civil.relief.temporary.TemporaryReliefGrant;
import civil.relief.temporary.TemporaryReliefRequest;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Special hardship support, temporary relief and relief rounds. */
public final class ReliefRoutes {
  private ReliefRoutes() {}

  // Hardship support

  record RecipientRequest(String residentId, String subdistrict, AreaType areaType,
      SelfCareAbility selfCareAbility, LocalDate supportedFrom) {}

  record EndRequest(LocalDate supportedUntil) {}

  /** A recipient with the monthly support in force today (or on their nearest day of support); the amounts are null where no policy is in force. */
  record RecipientView(String residentId, String subdistrict, AreaType areaType, SelfCareAbility selfCareAbility,
      LocalDate supportedFrom, LocalDate supportedUntil, Long monthlyBasicFen, Long monthlyCareAllowanceFen,
      Long monthlyTotalFen) {
    static RecipientView of(HardshipRecipient r, Optional<HardshipEntitlement> e) {
      return new RecipientView(r.residentId().masked(), r.subdistrict().value(), r.areaType(), r.selfCareAbility(),
          r.supportedFrom(), r.supportedUntil().orElse(null), e.map(x -> x.basic().fen()).orElse(null),
          e.map(x -> x.careAllowance().fen()).orElse(null), e.map(x -> x.total().fen()).orElse(null));
    }
  }

  record RecipientList(List<RecipientView> recipients) {}

  record PayMonthRequest(String month, LocalDate paidOn) {}

  record PaymentView(String residentId, String subdistrict, String month, LocalDate paidOn, long basicFen,
      long careAllowanceFen, long amountFen) {
    static PaymentView of(HardshipPayment p) {
      return new PaymentView(p.residentId().masked(), p.subdistrict().value(), p.month().toString(), p.paidOn(),
          p.basic().fen(), p.careAllowance().fen(), p.amount().fen());
    }
  }

  record PaymentList(String month, long totalFen, List<PaymentView> payments) {}

  // Temporary relief

  record GrantRequest(String householdId, ReliefCause cause, Integer months, LocalDate grantedOn,
      Optional<String> note) {}

  record GrantView(String grantId, String householdId, ReliefCause cause, LocalDate grantedOn, String note,
      int months, int members, long standardFen, long requestedFen, long perCaseCapFen, long yearlyCapFen,
      long grantedEarlierThisYearFen, long amountFen, GrantLimit limit, long yearlyLeftAfterFen) {
    static GrantView of(TemporaryReliefGrant g) {
      TemporaryReliefDecision d = g.decision();
      return new GrantView(g.grantId(), g.householdId(), g.cause(), g.grantedOn(), g.note().orElse(null), d.months(),
          d.members(), d.standard().fen(), d.requested().fen(), d.perCaseCap().fen(), d.yearlyCap().fen(),
          d.grantedEarlierThisYear().fen(), d.grant().fen(), d.limit(), d.yearlyLeftAfter().fen());
    }
  }

  record GrantList(List<GrantView> grants) {}

  // Relief rounds

  /** A round's rule: {@code amountFen} for the two fixed kinds, {@code months} for the other; the one that does not apply must be left out. */
  record RuleRequest(RoundRule.Kind kind, Optional<Long> amountFen, Optional<Integer> months) {
    RoundRule value() {
      boolean fixed = kind != RoundRule.Kind.SUBSISTENCE_MONTHS;
      if (fixed ? months.isPresent() : amountFen.isPresent()) {
        throw new InvalidInputException("INVALID_RULE", fixed ? "rule.months" : "rule.amountFen",
            "does not apply to a " + kind + " rule; leave it out");
      }
      return switch (kind) {
        case PER_HOUSEHOLD -> RoundRule.perHousehold(Fields.fen("rule.amountFen", required(amountFen, "rule.amountFen")));
        case PER_MEMBER -> RoundRule.perMember(Fields.fen("rule.amountFen", required(amountFen, "rule.amountFen")));
        case SUBSISTENCE_MONTHS -> RoundRule.subsistenceMonths(required(months, "rule.months"));
      };
    }
  }

  record DraftRequest(String name, List<String> subdistricts, RuleRequest rule, LocalDate asOf,
      Optional<LocalDate> draftedOn) {}

  record ApproveRequest(String approvedBy, Optional<LocalDate> approvedOn) {}

  record PayRequest(Optional<LocalDate> paidOn) {}

  record CorrectionRequest(String householdId, Long amountFen, String reason, Optional<LocalDate> recordedOn) {}

  record RuleView(RoundRule.Kind kind, Long amountFen, Integer months, String text) {}

  record EntryView(String householdId, String subdistrict, String head, int members, long amountFen,
      String basis) {}

  record CorrectionView(String correctionId, String householdId, long amountFen, String reason,
      LocalDate recordedOn) {}

  record TotalView(String subdistrict, int households, long amountFen) {}

  record RoundView(String roundId, String name, List<String> subdistricts, RuleView rule, LocalDate asOf,
      LocalDate draftedOn, RoundStatus status, String approvedBy, LocalDate approvedOn, LocalDate paidOn,
      List<EntryView> roster, List<CorrectionView> corrections, List<TotalView> totalsBySubdistrict, long totalFen) {
    static RoundView of(ReliefRound r) {
      RoundRule rule = r.rule();
      return new RoundView(r.roundId(), r.name(), r.subdistricts().stream().map(AreaCode::value).toList(),
          new RuleView(rule.kind(), rule.amount().map(Money::fen).orElse(null), rule.months().orElse(null), rule.describe()),
          r.asOf(), r.draftedOn(), r.status(), r.approvedBy().orElse(null), r.approvedOn().orElse(null),
          r.paidOn().orElse(null),
          r.roster().stream().map(ReliefRoutes::entry).toList(),
          r.corrections().stream().map(ReliefRoutes::correction).toList(),
          r.totalsBySubdistrict().stream().map(ReliefRoutes::total).toList(), r.total().fen());
    }
  }

  record RoundList(List<RoundView> rounds) {}

  private static EntryView entry(RosterEntry e) {
    return new EntryView(e.householdId(), e.subdistrict().value(), e.head().masked(), e.members(), e.amount().fen(),
        e.basis());
  }

  private static CorrectionView correction(RosterCorrection c) {
    return new CorrectionView(c.correctionId(), c.householdId(), c.amount().fen(), c.reason(), c.recordedOn());
  }

  private static TotalView total(SubdistrictTotal t) {
    return new TotalView(t.subdistrict().value(), t.households(), t.amount().fen());
  }

  static <T> T required(Optional<T> value, String field) {
    return value.orElseThrow(() -> new InvalidInputException("MISSING_FIELD", field, "is required"));
  }


  static void register(RouteTable routes, Services s) {
    routes.post("/api/v1/hardship/recipients", "Put a person on the roll of special hardship support",
        roles(Role.CASEWORKER), RecipientRequest.class, RecipientView.class, 201, call -> {
          RecipientRequest r = call.body(RecipientRequest.class);
          HardshipRecipient recipient = HardshipRecipient.of(Fields.residentId("residentId", r.residentId()),
              Fields.area("subdistrict", r.subdistrict(), AreaCode.Level.SUBDISTRICT), r.areaType(), r.selfCareAbility(),
              r.supportedFrom());
          HardshipRecipient stored = s.hardship().enrol(recipient);
          return RecipientView.of(stored, s.hardship().entitlementOn(stored, LocalDate.now(s.clock())));
        });
    routes.get("/api/v1/hardship/recipients", "The roll of special hardship support",
        roles(Role.CASEWORKER, Role.AUDITOR), RecipientList.class, call -> new RecipientList(s.hardship().recipients()
            .stream().map(r -> RecipientView.of(r, s.hardship().entitlementOn(r, LocalDate.now(s.clock())))).toList()));
    routes.post("/api/v1/hardship/recipients/{residentId}/end", "End a person's support on a day",
        roles(Role.CASEWORKER), EndRequest.class, RecipientView.class, 200, call -> {
          LocalDate until = call.body(EndRequest.class).supportedUntil();
          ResidentId resident = Fields.residentId("residentId", call.path("residentId"));
          HardshipRecipient r = s.hardship().end(resident, until);
          return RecipientView.of(r, s.hardship().entitlementOn(r, LocalDate.now(s.clock())));
        });
    routes.post("/api/v1/hardship/payments", "Pay a month of support to everyone supported in it",
        roles(Role.CASEWORKER), PayMonthRequest.class, PaymentList.class, 201, call -> {
          PayMonthRequest p = call.body(PayMonthRequest.class);
          YearMonth month = Fields.month("month", p.month());
          List<HardshipPayment> made = s.hardship().payMonth(month, p.paidOn());
          return new PaymentList(month.toString(), Money.total(made.stream().map(HardshipPayment::amount).toList()).fen(),
              made.stream().map(PaymentView::of).toList());
        }).runsLong();
    routes.get("/api/v1/hardship/payments", "Payments for a month (?month=yyyy-MM)", roles(Role.CASEWORKER, Role.AUDITOR),
        PaymentList.class, call -> {
          YearMonth month = Fields.month("month", call.query("month"));
          List<HardshipPayment> paid = s.hardship().payments(month, month);
          return new PaymentList(month.toString(), Money.total(paid.stream().map(HardshipPayment::amount).toList()).fen(),
              paid.stream().map(PaymentView::of).toList());
        });

    routes.post("/api/v1/temporary-relief/grants", "Grant temporary relief to a registered household",
        roles(Role.CASEWORKER), GrantRequest.class, GrantView.class, 201, call -> {
          GrantRequest g = call.body(GrantRequest.class);
          return GrantView.of(s.temporaryRelief().grant(
              TemporaryReliefRequest.of(g.householdId(), g.cause(), g.months(), g.grantedOn(), g.note())));
        });
    routes.get("/api/v1/temporary-relief/grants", "Grants between two dates (?from=&to=)",
        roles(Role.CASEWORKER, Role.AUDITOR), GrantList.class, call -> {
          DateRange range = call.queryRange();
          LocalDate from = range.from();
          LocalDate to = range.to().orElseThrow();
          return new GrantList(s.temporaryRelief().grantedBetween(from, to).stream().map(GrantView::of).toList());
        });

    routes.post("/api/v1/relief-rounds", "Draft a relief round and its roster", roles(Role.CASEWORKER),
        DraftRequest.class, RoundView.class, 201, call -> {
          DraftRequest d = call.body(DraftRequest.class);
          List<AreaCode> subdistricts = new ArrayList<>();
          for (int i = 0; i < d.subdistricts().size(); i++) {
            subdistricts.add(Fields.area("subdistricts[" + i + "]", d.subdistricts().get(i), AreaCode.Level.SUBDISTRICT));
          }
          return RoundView.of(s.rounds().draft(d.name(), subdistricts, d.rule().value(), d.asOf(),
              d.draftedOn().orElse(LocalDate.now(s.clock()))));
        }).runsLong();
    routes.get("/api/v1/relief-rounds", "Every relief round", roles(Role.CASEWORKER, Role.AUDITOR), RoundList.class,
        call -> new RoundList(s.rounds().all().stream().map(RoundView::of).toList()));
    routes.get("/api/v1/relief-rounds/{roundId}", "A relief round with its roster (花名册)",
        roles(Role.CASEWORKER, Role.AUDITOR), RoundView.class, call -> RoundView.of(s.rounds().round(call.path("roundId"))));
    routes.post("/api/v1/relief-rounds/{roundId}/approval", "Approve a drafted round", roles(Role.CASEWORKER),
        ApproveRequest.class, RoundView.class, 200, call -> {
          ApproveRequest a = call.body(ApproveRequest.class);
          return RoundView.of(s.rounds().approve(call.path("roundId"), a.approvedBy(),
              a.approvedOn().orElse(LocalDate.now(s.clock()))));
        });
    routes.post("/api/v1/relief-rounds/{roundId}/payment", "Pay an approved round", roles(Role.CASEWORKER),
        PayRequest.class, RoundView.class, 200, call -> {
          PayRequest p = call.body(PayRequest.class);
          return RoundView.of(s.rounds().pay(call.path("roundId"), p.paidOn().orElse(LocalDate.now(s.clock()))));
        }).runsLong();
    routes.post("/api/v1/relief-rounds/{roundId}/corrections", "Link a correction to a paid round",
        roles(Role.CASEWORKER), CorrectionRequest.class, RoundView.class, 201, call -> {
          CorrectionRequest c = call.body(CorrectionRequest.class);
          return RoundView.of(s.rounds().correct(call.path("roundId"), c.householdId(), Money.ofFen(c.amountFen()),
              c.reason(), c.recordedOn().orElse(LocalDate.now(s.clock()))));
        });
  }

}
