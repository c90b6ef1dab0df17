package civil.api.http;

import static civil.api.http.RouteTable.roles;

import civil.core.error.Inputs;
import civil.core.identity.AreaCode;
import civil.core.money.Money;
import civil.core.policy.PolicyRegistry;
import civil.relief.household.AreaType;
import civil.relief.household.Household;
import civil.relief.household.HouseholdMember;
import civil.relief.household.HouseholdRegistry;
import civil.relief.household.RegisteredHousehold;
import civil.relief.policy.ReliefPolicy;
import civil.relief.subsistence.EligibilityTest;
import civil.relief.subsistence.IncrementKind;
import civil.relief.subsistence.SubsistenceAssessment;
import civil.relief.subsistence.SubsistenceDecision;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The subsistence assessment (computes and stores nothing) and the household register. */
public final class SubsistenceRoutes {
  private SubsistenceRoutes() {}

  /** A member; both flags are required, since each changes the allowance. */
  record MemberRequest(String residentId, Long monthlyIncomeFen, Long financialAssetsFen,
      Boolean severelyDisabled, Boolean seriouslyIll) {}

  /** A household's circumstances, as the assessment and the register take them. */
  record HouseholdRequest(AreaType areaType, Boolean disqualifyingAssets,
      Boolean singleParentOrOrphan, List<MemberRequest> members) {
    Household value() {
      List<HouseholdMember> list = new ArrayList<>();
      for (int i = 0; i < members.size(); i++) {
        MemberRequest m = members.get(i);
        String at = "members[" + i + "]";
        list.add(Inputs.parse(at, () -> HouseholdMember.of(Fields.residentId("residentId", m.residentId()),
            Money.ofFen(m.monthlyIncomeFen()), Money.ofFen(m.financialAssetsFen()), m.severelyDisabled(),
            m.seriouslyIll())));
      }
      return Household.of(areaType, disqualifyingAssets, singleParentOrOrphan, list);
    }
  }

  record AssessmentRequest(AreaType areaType, LocalDate assessedOn, Boolean disqualifyingAssets,
      Boolean singleParentOrOrphan, List<MemberRequest> members) {
    HouseholdRequest household() {
      return new HouseholdRequest(areaType, disqualifyingAssets, singleParentOrOrphan, members);
    }
  }

  record TestView(EligibilityTest.Kind test, boolean passed, String text, Map<String, Long> figures) {}

  record IncrementView(String residentId, IncrementKind kind, long amountFen) {}

  record DecisionView(boolean eligible, long monthlyAllowanceFen, List<TestView> tests,
      List<IncrementView> increments, LocalDate assessedOn, long standardFen, long baseFen, long floorFen,
      String policyVersion) {
    static DecisionView of(SubsistenceDecision d) {
      return new DecisionView(d.eligible(), d.monthlyAllowance().fen(),
          d.tests().stream().map(t -> new TestView(t.test(), t.passed(), t.text(), t.figures())).toList(),
          d.increments().stream().map(i -> new IncrementView(i.residentId().masked(), i.kind(), i.amount().fen())).toList(),
          d.assessedOn(), d.standard().fen(), d.base().fen(), d.floor().fen(), d.policyVersion());
    }
  }

  record RegisterRequest(String subdistrict, Optional<String> community, LocalDate registeredOn,
      HouseholdRequest household) {}

  record MemberView(String residentId, long monthlyIncomeFen, long financialAssetsFen, boolean severelyDisabled,
      boolean seriouslyIll) {}

  record HouseholdView(String householdId, String subdistrict, String community, LocalDate registeredOn,
      AreaType areaType, boolean disqualifyingAssets, boolean singleParentOrOrphan, List<MemberView> members,
      DecisionView latestAssessment) {
    static HouseholdView of(RegisteredHousehold h) {
      Household c = h.household();
      return new HouseholdView(h.householdId(), h.subdistrict().value(), h.community().map(AreaCode::value).orElse(null),
          h.registeredOn(), c.areaType(), c.disqualifyingAssets(), c.singleParentOrOrphan(),
          c.members().stream().map(m -> new MemberView(m.residentId().masked(), m.monthlyIncome().fen(),
              m.financialAssets().fen(), m.severelyDisabled(), m.seriouslyIll())).toList(),
          h.latestAssessment().map(DecisionView::of).orElse(null));
    }
  }

  record AssessOn(LocalDate assessedOn) {}

  record HouseholdList(List<HouseholdView> households) {}

  record TransferRequest(String toHouseholdId) {}

  /** A resident's move between households: both households as they are after it. */
  record TransferView(String residentId, HouseholdView from, HouseholdView to) {}

  static void register(RouteTable routes, PolicyRegistry<ReliefPolicy> policies, HouseholdRegistry households) {
    routes.post("/api/v1/subsistence/assessments", "Assess a household for the subsistence allowance (stores nothing)",
        roles(Role.CASEWORKER, Role.AUDITOR), AssessmentRequest.class, DecisionView.class, 200, call -> {
          AssessmentRequest a = call.body(AssessmentRequest.class);
          Household h = a.household().value();
          return DecisionView.of(SubsistenceAssessment.assess(h, a.assessedOn(), policies.inForceOn(a.assessedOn())));
        });
    routes.post("/api/v1/households", "Register a household", roles(Role.CASEWORKER), RegisterRequest.class,
        HouseholdView.class, 201, call -> {
          RegisterRequest r = call.body(RegisterRequest.class);
          AreaCode subdistrict = Fields.area("subdistrict", r.subdistrict(), AreaCode.Level.SUBDISTRICT);
          Optional<AreaCode> community = r.community().map(c -> Fields.area("community", c, AreaCode.Level.COMMUNITY));
          return HouseholdView.of(households.register(subdistrict, community,
              Inputs.parse("household", () -> r.household().value()), r.registeredOn()));
        });
    routes.get("/api/v1/households", "Every registered household", roles(Role.CASEWORKER, Role.AUDITOR),
        HouseholdList.class, call -> new HouseholdList(households.all().stream().map(HouseholdView::of).toList()));
    routes.get("/api/v1/households/{householdId}", "A registered household", roles(Role.CASEWORKER, Role.AUDITOR),
        HouseholdView.class, call -> HouseholdView.of(households.household(call.path("householdId"))));
    routes.put("/api/v1/households/{householdId}", "Replace a household's circumstances", roles(Role.CASEWORKER),
        HouseholdRequest.class, HouseholdView.class, call -> {
          Household circumstances = call.body(HouseholdRequest.class).value();
          return HouseholdView.of(households.update(call.path("householdId"), circumstances));
        });
    routes.post("/api/v1/residents/{residentId}/household-transfer",
        "Move a resident, with their figures, from their household into another (the only way to change household)",
        roles(Role.CASEWORKER), TransferRequest.class, TransferView.class, 200, call -> {
          HouseholdRegistry.Transfer t = households.transfer(Fields.residentId("residentId", call.path("residentId")),
              call.body(TransferRequest.class).toHouseholdId());
          return new TransferView(t.residentId().masked(), HouseholdView.of(t.from()), HouseholdView.of(t.to()));
        });
    routes.post("/api/v1/households/{householdId}/assessments", "Assess a registered household and store the decision",
        roles(Role.CASEWORKER), AssessOn.class, DecisionView.class, 201, call -> {
          LocalDate on = call.body(AssessOn.class).assessedOn();
          return DecisionView.of(households.assess(call.path("householdId"), on));
        });
  }
}
