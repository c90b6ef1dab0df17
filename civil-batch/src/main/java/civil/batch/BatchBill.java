package civil.batch;

import civil.core.error.FieldProblem;
import civil.core.error.InvalidInputException;
import civil.core.identity.HospitalCode;
import civil.core.identity.ResidentId;
import civil.core.money.Money;
import civil.relief.medical.AidCategory;
import civil.relief.medical.Bill;
import civil.relief.medical.CareType;
import civil.relief.medical.HospitalLevel;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.Optional;

/**
 * One line of a bills file ({@code BILLS.csv}): {@code billId,hospitalCode,residentId,
 * hospitalLevel,careType,settledOn,totalFen,inScopeFen,aidCategory}. {@code hospitalCode} is empty
 * for a manual claim; {@code aidCategory} is the category in force on {@code settledOn}.
 */
public record BatchBill(String billId, String hospitalCode, String residentId, HospitalLevel hospitalLevel,
    CareType careType, LocalDate settledOn, long totalFen, long inScopeFen, AidCategory aidCategory)
    implements Serializable {
  /** The header line of a bills file. */
  public static final String HEADER = "billId,hospitalCode,residentId,hospitalLevel,careType,settledOn,totalFen,inScopeFen,aidCategory";

  /** The order a resident's bills are settled in, and the order of the output: resident, day, bill id (code points). */
  public static final Comparator<BatchBill> ORDER = Comparator.comparing(BatchBill::residentId)
      .thenComparing(BatchBill::settledOn).thenComparing(BatchBill::billId);

  private static final String[] FIELDS = HEADER.split(",");

  /**
   * Reads line {@code number} of a bills file, checking every field as the desk would.
   *
   * @throws MalformedInputException naming the line and the first field that is wrong
   */
  public static BatchBill parse(String line, long number) {
    String[] f = split(line, number);
    String billId = f[0];
    String hospital = f[1];
    try {
      if (!hospital.isEmpty()) {
        HospitalCode.parse(hospital);
      }
    } catch (InvalidInputException e) {
      throw new MalformedInputException(number, "hospitalCode", e.getMessage());
    }
    String resident;
    try {
      resident = ResidentId.parse(f[2]).value();
    } catch (InvalidInputException e) {
      throw new MalformedInputException(number, "residentId", e.getMessage());
    }
    HospitalLevel level = enumOf(HospitalLevel.class, f[3], number, "hospitalLevel");
    CareType care = enumOf(CareType.class, f[4], number, "careType");
    LocalDate day;
    try {
      day = LocalDate.parse(f[5]);
    } catch (DateTimeParseException e) {
      throw new MalformedInputException(number, "settledOn", "is not a date (yyyy-mm-dd): '" + f[5] + "'");
    }
    long total = fen(f[6], number, "totalFen");
    long inScope = fen(f[7], number, "inScopeFen");
    AidCategory category = enumOf(AidCategory.class, f[8], number, "aidCategory");
    BatchBill bill = new BatchBill(billId, hospital, resident, level, care, day, total, inScope, category);
    try {
      bill.toBill(); // the desk's own checks: bill id, amounts
    } catch (InvalidInputException e) {
      FieldProblem p = e.problems().get(0);
      throw new MalformedInputException(number, p.field(), p.message());
    }
    return bill;
  }

  /** The bill as the settlement engine takes it. */
  public Bill toBill() {
    return Bill.of(hospitalCode.isEmpty() ? Optional.empty() : Optional.of(HospitalCode.parse(hospitalCode)), billId,
        ResidentId.parse(residentId), hospitalLevel, careType, settledOn, Money.ofFen(totalFen), Money.ofFen(inScopeFen));
  }

  /** The line of a bills file for this bill. */
  public String line() {
    return billId + "," + hospitalCode + "," + residentId + "," + hospitalLevel + "," + careType + "," + settledOn + ","
        + totalFen + "," + inScopeFen + "," + aidCategory;
  }

  private static String[] split(String line, long number) {
    String[] f = new String[FIELDS.length];
    int start = 0;
    for (int i = 0; i < FIELDS.length; i++) {
      int comma = line.indexOf(',', start);
      if (i == FIELDS.length - 1) {
        if (comma >= 0) {
          throw new MalformedInputException(number, FIELDS[i], "more than " + FIELDS.length + " fields");
        }
        f[i] = line.substring(start);
      } else {
        if (comma < 0) {
          throw new MalformedInputException(number, FIELDS[i + 1], "missing: the line has " + (i + 1) + " fields of " + FIELDS.length);
        }
        f[i] = line.substring(start, comma);
        start = comma + 1;
      }
    }
    return f;
  }

  private static <E extends Enum<E>> E enumOf(Class<E> type, String text, long number, String field) {
    try {
      return Enum.valueOf(type, text);
    } catch (IllegalArgumentException e) {
      throw new MalformedInputException(number, field, "unknown value '" + text + "'");
    }
  }

  private static long fen(String text, long number, String field) {
    if (text.isEmpty() || text.length() > 18 || !text.chars().allMatch(c -> c >= '0' && c <= '9')) {
      throw new MalformedInputException(number, field, "is not a whole number of fen: '" + text + "'");
    }
    return Long.parseLong(text);
  }
}
