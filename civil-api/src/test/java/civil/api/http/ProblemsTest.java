package civil.api.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import civil.core.error.ConflictException;
import civil.core.error.InvalidInputException;
import civil.core.error.NotFoundException;
import civil.core.error.RefusedException;
import org.junit.jupiter.api.Test;

class ProblemsTest {
  @Test
  void eachFailureIsAnsweredFromTheOneTable() {
    assertEquals(400, Problems.answer(new InvalidInputException("MISSING_FIELD", "x", "is required")).status());
    assertEquals(404, Problems.answer(new NotFoundException("settlement", "MA-1")).status());
    assertEquals(409, Problems.answer(new ConflictException("ALREADY_REVERSED", "reversed")).status());
    assertEquals(422, Problems.answer(new RefusedException("INSUFFICIENT_STOCK", "no stock")).status());
    assertEquals(415, Problems.answer(new HttpProblem(415, "UNSUPPORTED_MEDIA_TYPE", "no")).status());
  }

  /** Amounts are bounded when a request is read, so an overflow later is the server's defect, not the caller's. */
  @Test
  void anArithmeticOverflowIsAServerDefectNotBlamedOnTheClient() {
    Problems.Answer a = Problems.answer(new ArithmeticException("long overflow"));
    assertEquals(500, a.status());
    assertEquals("INTERNAL_ERROR", a.code());
  }
}
