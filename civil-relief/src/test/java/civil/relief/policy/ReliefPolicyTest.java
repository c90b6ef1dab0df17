package civil.relief.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import civil.core.policy.PolicyDocumentException;
import civil.core.policy.PolicyDocuments;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReliefPolicyTest {
  private static String defaults() throws IOException {
    try (InputStream in = ReliefPolicy.class.getResourceAsStream("relief-policy-2026.json")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void loadingNamesEveryProblemOfTheDocumentNotOnlyTheFirst() throws IOException {
    String broken = defaults()
        .replace("\"floorPerMemberFen\": 3000", "\"floorPerMemberFen\": -1")
        .replace("\"gramsPerPersonPerDay\": 500", "\"gramsPerPersonPerDay\": 0")
        .replace("{\"selfCareAbility\": \"NONE\", \"monthlyFen\": 80000}", "{\"selfCareAbility\": \"FULL\", \"monthlyFen\": 80000}");
    PolicyDocumentException e = assertThrows(PolicyDocumentException.class,
        () -> PolicyDocuments.read("broken.json", broken, ReliefPolicy.class));
    assertEquals(List.of("$.subsistence.floorPerMemberFen", "$.hardship.careAllowances", "$.hardship.careAllowances",
        "$.grainRation.gramsPerPersonPerDay"), e.paths());
    assertEquals("in policy document broken.json: FULL is given twice", e.problems().get(1).message());
    assertEquals("in policy document broken.json: no entry for NONE", e.problems().get(2).message());
  }
}
