package civil.core.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class AreaCodeTest {
  @Test
  void theLevelFollowsTheLength() {
    assertEquals(AreaCode.Level.DISTRICT, AreaCode.parse("410802").level());
    assertEquals(AreaCode.Level.SUBDISTRICT, AreaCode.parse("410802001").level());
    assertEquals(AreaCode.Level.COMMUNITY, AreaCode.parse("410802001002").level());
  }

  @Test
  void aCommunityLiesWithinItsSubdistrictAndDistrict() {
    AreaCode community = AreaCode.parse("410802001002");
    AreaCode subdistrict = AreaCode.parse("410802001");
    assertEquals(Optional.of(subdistrict), community.parent());
    assertEquals(AreaCode.parse("410802"), community.at(AreaCode.Level.DISTRICT));
    assertTrue(community.isWithin(subdistrict));
    assertTrue(community.isWithin(AreaCode.parse("410802")));
    assertFalse(community.isWithin(AreaCode.parse("410802002")));
    assertEquals(Optional.empty(), AreaCode.parse("410802").parent());
  }

  @Test
  void malformedCodesAreRefused() {
    assertThrows(InvalidIdentifierException.class, () -> AreaCode.parse("41080"));
    assertThrows(InvalidIdentifierException.class, () -> AreaCode.parse("4108020010"));
    assertThrows(InvalidIdentifierException.class, () -> AreaCode.parse("41080a"));
    assertEquals(InvalidIdentifierException.Failure.AREA_CODE_LEVEL, assertThrows(InvalidIdentifierException.class,
        () -> AreaCode.parse("410802", AreaCode.Level.COMMUNITY)).failure());
  }
}
