package civil.eldercare.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import civil.core.policy.PolicyDocumentException;
import civil.core.policy.PolicyDocuments;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class EldercarePolicyTest {
  @Test
  void loadingNamesEveryProblemOfTheDocumentNotOnlyTheFirst() throws IOException {
    String json;
    try (InputStream in = EldercarePolicy.class.getResourceAsStream("eldercare-policy-2026.json")) {
      json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    String broken = json.replace("\"workerCaseload\": 8", "\"workerCaseload\": 0")
        .replace("{\"grade\": \"GOOD\", \"minimumScore\": 80}", "{\"grade\": \"GOOD\", \"minimumScore\": 95}")
        .replace("{\"grade\": \"PASS\", \"coefficient\": \"100%\"}", "{\"grade\": \"FAIL\", \"coefficient\": \"100%\"}");
    PolicyDocumentException e = assertThrows(PolicyDocumentException.class,
        () -> PolicyDocuments.read("broken.json", broken, EldercarePolicy.class));
    assertEquals(List.of("$.homeCare.workerCaseload", "$.assessment.gradeBands", "$.award.coefficients",
        "$.award.coefficients"), e.paths());
  }
}
