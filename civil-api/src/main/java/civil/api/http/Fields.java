package civil.api.http;

import civil.core.error.Inputs;
import civil.core.identity.AreaCode;
import civil.core.identity.CreditCode;
import civil.core.identity.ResidentId;
import civil.core.money.Money;
import civil.core.period.HalfYear;

/** Reading identifiers and amounts from request fields, every failure naming the field. */
public final class Fields {
  private Fields() {}

  public static ResidentId residentId(String field, String raw) {
    return Inputs.parse(field, () -> ResidentId.parse(raw));
  }

  public static AreaCode area(String field, String raw, AreaCode.Level level) {
    return Inputs.parse(field, () -> AreaCode.parse(raw, level));
  }

  public static CreditCode creditCode(String field, String raw) {
    return Inputs.parse(field, () -> CreditCode.parse(raw));
  }

  public static HalfYear halfYear(String field, String raw) {
    return Inputs.parse(field, () -> HalfYear.parse(raw));
  }

  /** A non-negative amount of fen. */
  public static Money fen(String field, long fen) {
    return Money.ofFen(Inputs.nonNegative(field, fen));
  }
}
