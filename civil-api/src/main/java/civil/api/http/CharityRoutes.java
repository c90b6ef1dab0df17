package civil.api.http;

import static civil.api.http.RouteTable.roles;

import civil.api.Services;
import civil.core.error.InvalidInputException;
import civil.core.identity.CreditCode;
import civil.core.money.Money;
import civil.core.period.DateRange;
import civil.core.period.PolicyYear;
import civil.relief.charity.BucketBalance;
import civil.relief.charity.Campaign;
import civil.relief.charity.CampaignLedger;
import civil.relief.charity.CharityUnit;
import civil.relief.charity.ComplianceFigures;
import civil.relief.charity.Disbursement;
import civil.relief.charity.Donation;
import civil.relief.charity.Donor;
import civil.relief.charity.Expense;
import civil.relief.charity.FundingBucket;
import civil.relief.charity.Invitation;
import civil.relief.charity.MembershipTier;
import civil.relief.charity.Purpose;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The charity association: units, invitations, campaigns, donations, disbursements, balances, compliance. */
public final class CharityRoutes {
  private CharityRoutes() {}

  record InvitationRequest(String creditCode, String unitName, MembershipTier tier, LocalDate sentOn) {}

  record AnswerRequest(Boolean accepted, LocalDate answeredOn) {}

  record InvitationView(String invitationId, String creditCode, String unitName, MembershipTier tier,
      LocalDate sentOn, Invitation.Status status, LocalDate respondedOn) {
    static InvitationView of(Invitation i) {
      return new InvitationView(i.invitationId(), i.creditCode().value(), i.unitName(), i.tier(), i.sentOn(), i.status(),
          i.respondedOn().orElse(null));
    }
  }

  record InvitationList(List<InvitationView> invitations) {}

  record UnitView(String creditCode, String name, MembershipTier tier, LocalDate memberSince, long yearlyDueFen) {}

  record UnitList(int year, List<UnitView> units) {}

  record CampaignRequest(String name, LocalDate startsOn, Optional<LocalDate> endsOn) {}

  record CampaignView(String campaignId, String name, LocalDate startsOn, LocalDate endsOn) {
    static CampaignView of(Campaign c) {
      return new CampaignView(c.campaignId(), c.name(), c.startsOn(), c.endsOn().orElse(null));
    }
  }

  record CampaignList(List<CampaignView> campaigns) {}

  record DonationRequest(String donorName, Optional<String> donorCreditCode, Long amountFen, LocalDate date,
      Optional<Purpose> restriction) {}

  record DonationView(String receiptNumber, String campaignId, String donorName, String donorCreditCode,
      long amountFen, LocalDate date, Purpose restriction) {
    static DonationView of(Donation d) {
      return new DonationView(d.receiptNumber(), d.campaignId(), d.donorName(),
          d.donorCreditCode().map(CreditCode::value).orElse(null), d.amount().fen(), d.date(), d.restriction().orElse(null));
    }
  }

  record DisbursementRequest(String householdId, Purpose purpose, Long amountFen, LocalDate date) {}

  record FundingView(String receiptNumber, FundingBucket bucket, long amountFen) {}

  record DisbursementView(String disbursementId, String campaignId, String householdId, Purpose purpose,
      long amountFen, LocalDate date, List<FundingView> fundedBy) {
    static DisbursementView of(Disbursement d) {
      return new DisbursementView(d.disbursementId(), d.campaignId(), d.householdId(), d.purpose(), d.amount().fen(),
          d.date(), d.fundedBy().stream().map(f -> new FundingView(f.receiptNumber(), f.bucket(), f.amount().fen()))
              .toList());
    }
  }

  record BucketView(FundingBucket bucket, long donatedFen, long disbursedFen, long balanceFen) {
    static BucketView of(BucketBalance b) {
      return new BucketView(b.bucket(), b.donated().fen(), b.disbursed().fen(), b.balance().fen());
    }
  }

  record BalanceView(String campaignId, long donatedFen, long disbursedFen, long balanceFen,
      List<BucketView> buckets) {}

  record ExpenseRequest(Expense.Kind kind, Long amountFen, LocalDate date, Optional<String> note) {}

  record ExpenseView(String expenseId, Expense.Kind kind, long amountFen, LocalDate date, String note) {
    static ExpenseView of(Expense e) {
      return new ExpenseView(e.expenseId(), e.kind(), e.amount().fen(), e.date(), e.note().orElse(null));
    }
  }

  record DonationList(List<DonationView> donations) {}

  record DisbursementList(List<DisbursementView> disbursements) {}

  record ExpenseList(List<ExpenseView> expenses) {}

  record ComplianceView(int year, long previousYearIncomeFen, long disbursementsFen, long charitableExpensesFen,
      long charitableSpendingFen, long requiredCharitableSpendingFen, boolean charitableSpendingHolds,
      long administrativeExpensesFen, long totalSpendingFen, long allowedAdministrativeExpensesFen,
      boolean administrativeLimitHolds) {
    static ComplianceView of(ComplianceFigures f) {
      return new ComplianceView(f.year(), f.previousYearIncome().fen(), f.disbursements().fen(),
          f.charitableExpenses().fen(), f.charitableSpending().fen(), f.requiredCharitableSpending().fen(),
          f.charitableSpendingHolds(), f.administrativeExpenses().fen(), f.totalSpending().fen(),
          f.allowedAdministrativeExpenses().fen(), f.administrativeLimitHolds());
    }
  }

  static int year(String raw) {
    if (raw == null || !raw.matches("\\d{4}")) {
      throw new InvalidInputException("INVALID_YEAR", "year", "is four digits, was '" + raw + "'");
    }
    return Integer.parseInt(raw);
  }

  static void register(RouteTable routes, Services s) {
    routes.post("/api/v1/charity/invitations", "Send a unit an invitation to join at a tier", roles(Role.CASEWORKER),
        InvitationRequest.class, InvitationView.class, 201, call -> {
          InvitationRequest r = call.body(InvitationRequest.class);
          return InvitationView.of(s.charity().invite(Fields.creditCode("creditCode", r.creditCode()), r.unitName(),
              r.tier(), r.sentOn()));
        });
    routes.get("/api/v1/charity/invitations", "Every invitation", roles(Role.CASEWORKER, Role.AUDITOR),
        InvitationList.class, call -> new InvitationList(s.charity().invitations().stream().map(InvitationView::of).toList()));
    routes.post("/api/v1/charity/invitations/{invitationId}/answer", "Record a unit's answer", roles(Role.CASEWORKER),
        AnswerRequest.class, InvitationView.class, 200, call -> {
          AnswerRequest a = call.body(AnswerRequest.class);
          return InvitationView.of(s.charity().answer(call.path("invitationId"), a.accepted(), a.answeredOn()));
        });
    routes.get("/api/v1/charity/units", "Units with their tier and the year's due (?year=)",
        roles(Role.CASEWORKER, Role.AUDITOR), UnitList.class, call -> {
          int year = call.optionalQuery("year").map(CharityRoutes::year)
              .orElse(LocalDate.now(s.clock()).getYear());
          PolicyYear policyYear = PolicyYear.of(year);
          List<CharityUnit> units = s.charity().units();
          return new UnitList(year, units.stream().map(u -> new UnitView(u.creditCode().value(), u.name(),
              u.tier().orElse(null), u.memberSince().orElse(null), s.charity().due(u, policyYear).fen())).toList());
        });
    routes.post("/api/v1/charity/campaigns", "Start a donation campaign", roles(Role.CASEWORKER), CampaignRequest.class,
        CampaignView.class, 201, call -> {
          CampaignRequest r = call.body(CampaignRequest.class);
          return CampaignView.of(s.charity().createCampaign(r.name(), r.startsOn(), r.endsOn()));
        });
    routes.get("/api/v1/charity/campaigns", "Every campaign", roles(Role.CASEWORKER, Role.AUDITOR), CampaignList.class,
        call -> new CampaignList(s.charity().campaigns().stream().map(CampaignView::of).toList()));
    routes.post("/api/v1/charity/campaigns/{campaignId}/donations", "Record a donation; it gets the next receipt number",
        roles(Role.CASEWORKER), DonationRequest.class, DonationView.class, 201, call -> {
          DonationRequest r = call.body(DonationRequest.class);
          Donor donor = r.donorCreditCode().isPresent()
              ? Donor.unit(Fields.creditCode("donorCreditCode", r.donorCreditCode().get()), r.donorName())
              : Donor.person(r.donorName());
          return DonationView.of(s.charity().donate(call.path("campaignId"), donor, Money.ofFen(r.amountFen()), r.date(),
              r.restriction()));
        });
    routes.post("/api/v1/charity/campaigns/{campaignId}/disbursements",
        "Pay a household from a campaign for a purpose, funded restricted first, oldest first",
        roles(Role.CASEWORKER), DisbursementRequest.class, DisbursementView.class, 201, call -> {
          DisbursementRequest r = call.body(DisbursementRequest.class);
          return DisbursementView.of(s.charity().disburse(call.path("campaignId"), r.householdId(), r.purpose(),
              Money.ofFen(r.amountFen()), r.date()));
        });
    routes.get("/api/v1/charity/campaigns/{campaignId}/donations", "A campaign's donations, in receipt order",
        roles(Role.CASEWORKER, Role.AUDITOR), DonationList.class, call -> new DonationList(
            s.charity().donations(call.path("campaignId")).stream().map(DonationView::of).toList()));
    routes.get("/api/v1/charity/campaigns/{campaignId}/disbursements",
        "A campaign's disbursements, each with the donations that funded it", roles(Role.CASEWORKER, Role.AUDITOR),
        DisbursementList.class, call -> new DisbursementList(
            s.charity().disbursements(call.path("campaignId")).stream().map(DisbursementView::of).toList()));
    routes.get("/api/v1/charity/campaigns/{campaignId}/balances", "A campaign's balances by funding bucket",
        roles(Role.CASEWORKER, Role.AUDITOR), BalanceView.class, call -> {
          String id = call.path("campaignId");
          CampaignLedger ledger = s.charity().ledger(id);
          List<BucketBalance> buckets = ledger.balances();
          return new BalanceView(id, Money.total(buckets.stream().map(BucketBalance::donated).toList()).fen(),
              Money.total(buckets.stream().map(BucketBalance::disbursed).toList()).fen(),
              Money.total(buckets.stream().map(BucketBalance::balance).toList()).fen(),
              buckets.stream().map(BucketView::of).toList());
        });
    routes.post("/api/v1/charity/expenses", "Record an expense of the association", roles(Role.CASEWORKER),
        ExpenseRequest.class, ExpenseView.class, 201, call -> {
          ExpenseRequest r = call.body(ExpenseRequest.class);
          return ExpenseView.of(s.charity().recordExpense(r.kind(), Money.ofFen(r.amountFen()), r.date(), r.note()));
        });
    routes.get("/api/v1/charity/expenses", "The association's expenses dated from ?from= to ?to= (both yyyy-MM-dd)",
        roles(Role.CASEWORKER, Role.AUDITOR), ExpenseList.class, call -> {
          DateRange range = call.queryRange();
          LocalDate from = range.from();
          LocalDate to = range.to().orElseThrow();
          return new ExpenseList(s.charity().expensesBetween(from, to).stream().map(ExpenseView::of).toList());
        });
    routes.get("/api/v1/charity/compliance", "The two Charity Law figures for a year (?year=)",
        roles(Role.CASEWORKER, Role.AUDITOR), ComplianceView.class,
        call -> ComplianceView.of(s.charity().compliance(PolicyYear.of(year(call.query("year"))))));
  }
}
