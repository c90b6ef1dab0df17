package civil.api.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;

import civil.api.json.Json;
import civil.relief.charity.CharityUnit;
import civil.relief.charity.MembershipTier;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Rows written by earlier versions read back as they meant. */
class StoredRowsTest {
  @Test
  void aCharityUnitStoredBeforeTiersWereKeptReadsAsItsTierSinceItJoined() {
    CharityUnit u = Json.read("{\"creditCode\": \"91350100M000100Y43\", \"name\": \"焦作某某有限公司\","
        + " \"tier\": \"COUNCIL\", \"memberSince\": \"2026-03-20\"}", ReliefJson.Unit.class).value();
    assertEquals(List.of(new CharityUnit.TierChange(MembershipTier.COUNCIL, LocalDate.of(2026, 3, 20))), u.tiers());
    assertEquals(Optional.of(MembershipTier.COUNCIL), u.tierOn(LocalDate.of(2026, 6, 30)));
    CharityUnit never = Json.read("{\"creditCode\": \"91350100M000100Y43\", \"name\": \"焦作某某有限公司\","
        + " \"tier\": null, \"memberSince\": null}", ReliefJson.Unit.class).value();
    assertEquals(List.of(), never.tiers());
  }

  @Test
  void aCharityUnitRoundTripsWithItsWholeHistory() {
    CharityUnit u = CharityUnit.of(civil.core.identity.CreditCode.parse("91350100M000100Y43"), "焦作某某有限公司")
        .joined(MembershipTier.COUNCIL, LocalDate.of(2026, 3, 20)).joined(MembershipTier.EXECUTIVE_COUNCIL, LocalDate.of(2026, 8, 10));
    assertEquals(u, Json.read(Json.write(ReliefJson.Unit.from(u)), ReliefJson.Unit.class).value());
  }
}
