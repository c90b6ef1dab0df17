package civil.core.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import civil.core.error.InvalidInputException;
import civil.core.money.Money;
import civil.core.money.Ratio;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class PolicyDocumentsTest {
  private static final String V1 = """
      {"version": "2026.1", "effectiveFrom": "2026-01-01", "capFen": 4000000,
       "bands": [{"widthFen": 5000000, "ratio": "60%"}, {"widthFen": 5000000, "ratio": "70%"}]}
      """;
  private static final String V2 = """
      {"version": "2026.2", "effectiveFrom": "2026-07-01", "capFen": 5000000,
       "bands": [{"widthFen": 5000000, "ratio": "65%"}]}
      """;

  @Test
  void readsAValidDocument() {
    SamplePolicy p = PolicyDocuments.read("sample", V1, SamplePolicy.class);
    assertEquals(Money.ofYuan(40_000), p.capFen());
    assertEquals(Ratio.percent("70"), p.bands().get(1).ratio());
    assertTrue(p.effectiveTo().isEmpty());
  }

  @Test
  void theVersionInForceIsTheLatestStartedOnTheDate() {
    PolicyRegistry<SamplePolicy> registry = PolicyRegistry.of("sample", List.of(
        PolicyDocuments.read("v2", V2, SamplePolicy.class), PolicyDocuments.read("v1", V1, SamplePolicy.class)));
    assertEquals("2026.1", registry.inForceOn(LocalDate.of(2026, 6, 30)).version());
    assertEquals("2026.2", registry.inForceOn(LocalDate.of(2026, 7, 1)).version());
    NoPolicyInForceException none = assertThrows(NoPolicyInForceException.class,
        () -> registry.inForceOn(LocalDate.of(2025, 12, 31)));
    assertEquals("NO_POLICY_IN_FORCE", none.code());
  }

  @Test
  void aVersionWithAnEndIsNotInForceAfterIt() {
    SamplePolicy ended = PolicyDocuments.read("v1",
        V1.replace("\"effectiveFrom\": \"2026-01-01\"", "\"effectiveFrom\": \"2026-01-01\", \"effectiveTo\": \"2026-03-31\""),
        SamplePolicy.class);
    PolicyRegistry<SamplePolicy> registry = PolicyRegistry.of("sample", ended);
    assertTrue(registry.find(LocalDate.of(2026, 3, 31)).isPresent());
    assertTrue(registry.find(LocalDate.of(2026, 4, 1)).isEmpty());
  }

  @Test
  void twoVersionsStartingTheSameDayAreRefused() {
    SamplePolicy v1 = PolicyDocuments.read("v1", V1, SamplePolicy.class);
    SamplePolicy again = PolicyDocuments.read("v1b", V1.replace("2026.1", "2026.1b"), SamplePolicy.class);
    assertThrows(InvalidInputException.class, () -> PolicyRegistry.of("sample", List.of(v1, again)));
  }

  @Test
  void anUnknownFieldIsNamedWithItsPath() {
    PolicyDocumentException e = assertThrows(PolicyDocumentException.class, () -> PolicyDocuments.read(
        "sample.json", V1.replace("\"ratio\": \"70%\"", "\"ratio\": \"70%\", \"extra\": 1"), SamplePolicy.class));
    assertEquals("$.bands[1].extra", e.path());
    assertEquals("sample.json", e.document());
    assertTrue(e.getMessage().contains("sample.json"), e.getMessage());
  }

  @Test
  void aWrongValueIsNamedWithItsPath() {
    assertEquals("$.bands[0].ratio", assertThrows(PolicyDocumentException.class, () -> PolicyDocuments.read(
        "sample.json", V1.replace("\"60%\"", "\"sixty\""), SamplePolicy.class)).path());
    assertEquals("$.capFen", assertThrows(PolicyDocumentException.class, () -> PolicyDocuments.read(
        "sample.json", V1.replace("4000000", "40000.5"), SamplePolicy.class)).path());
    assertEquals("$.capFen", assertThrows(PolicyDocumentException.class, () -> PolicyDocuments.read(
        "sample.json", V1.replace("4000000", "\"4000000\""), SamplePolicy.class)).path());
    assertEquals("$.effectiveFrom", assertThrows(PolicyDocumentException.class, () -> PolicyDocuments.read(
        "sample.json", V1.replace("2026-01-01", "2026-13-01"), SamplePolicy.class)).path());
  }

  @Test
  void aBrokenRuleOfTheDocumentIsNamedWithItsPath() {
    PolicyDocumentException e = assertThrows(PolicyDocumentException.class, () -> PolicyDocuments.read(
        "sample.json", V1.replace("4000000", "-1"), SamplePolicy.class));
    assertEquals("$.capFen", e.path());
  }

  @Test
  void aMissingFieldIsRefused() {
    PolicyDocumentException e = assertThrows(PolicyDocumentException.class, () -> PolicyDocuments.read(
        "sample.json", V1.replace("\"capFen\": 4000000,", ""), SamplePolicy.class));
    assertTrue(e.getMessage().contains("capFen"), e.getMessage());
  }

  @Test
  void malformedJsonIsRefused() {
    assertThrows(PolicyDocumentException.class, () -> PolicyDocuments.read("sample.json", "{", SamplePolicy.class));
    assertThrows(PolicyDocumentException.class, () -> PolicyDocuments.read("sample.json", V1 + "{}", SamplePolicy.class));
  }
}
