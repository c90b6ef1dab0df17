package civil.api.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The name a field path ends in decides the checks its value gets (amounts end in {@code Fen}). */
class FieldNameTest {
  @Test
  void aPathEndsInItsLastNameWithoutAListIndex() {
    assertEquals("totalFen", RequestBodies.fieldName("totalFen"));
    assertEquals("totalFen", RequestBodies.fieldName("bills[2].totalFen"));
    assertEquals("amountsFen", RequestBodies.fieldName("claim.amountsFen[13]"));
    assertEquals("ids", RequestBodies.fieldName("ids[0]"));
  }

  @Test
  void onlyADigitIndexIsDropped() {
    assertEquals("odd[x]", RequestBodies.fieldName("odd[x]"));
    assertEquals("odd[]", RequestBodies.fieldName("a.odd[]"));
    assertEquals("odd[1", RequestBodies.fieldName("odd[1"));
  }
}
