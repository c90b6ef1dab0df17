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
import java.time.DateTimeException;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;

/**
 * One line of a bills file ({@code BILLS.csv}): {@code billId,hospitalCode,residentId,
 * hospitalLevel,careType,settledOn,totalFen,inScopeFen,aidCategory}. {@code hospitalCode} is empty
 * for a manual claim; {@code aidCategory} is the category in force on {@code settledOn}.
 */
public final class BatchBill implements Serializable {
  private static final long serialVersionUID = 1L;
  /** The header line of a bills file. */
  public static final String HEADER = "billId,hospitalCode,residentId,hospitalLevel,careType,settledOn,totalFen,inScopeFen,aidCategory";

  /**
   * The order a resident's bills are settled in, and the order of the output: resident, day, bill
   * id (code points), and the hospital code for the same bill id at two hospitals.
   */
  public static final Comparator<BatchBill> ORDER = (a, b) -> {
    // the 17 digits before the check character order resident ids as their text does
    int c = Long.compare(a.residentKey, b.residentKey);
    if (c == 0) {
      c = Integer.compare(a.day, b.day);
    }
    if (c == 0) {
      c = a.billId.compareTo(b.billId);
    }
    return c != 0 ? c : a.hospitalCode.compareTo(b.hospitalCode);
  };

  private final String billId;
  private final String hospitalCode;
  private final ResidentId residentId;
  private final HospitalLevel hospitalLevel;
  private final CareType careType;
  private final LocalDate settledOn;
  private final long totalFen;
  private final long inScopeFen;
  private final AidCategory aidCategory;
  private final long residentKey;
  private final int day;

  /** A bill as read from a file; {@link #parse} checks a line before it becomes one. */
  public BatchBill(String billId, String hospitalCode, ResidentId residentId, HospitalLevel hospitalLevel,
      CareType careType, LocalDate settledOn, long totalFen, long inScopeFen, AidCategory aidCategory) {
    this.billId = billId;
    this.hospitalCode = hospitalCode;
    this.residentId = residentId;
    this.hospitalLevel = hospitalLevel;
    this.careType = careType;
    this.settledOn = settledOn;
    this.totalFen = totalFen;
    this.inScopeFen = inScopeFen;
    this.aidCategory = aidCategory;
    this.residentKey = Long.parseLong(residentId.value(), 0, 17, 10);
    this.day = (int) settledOn.toEpochDay();
  }

  public String billId() {
    return billId;
  }

  /** The resident ID's first 17 digits as a number: the same order as the IDs themselves. */
  long residentKey() {
    return residentKey;
  }

  /** The designated hospital's code, empty for a manual claim. */
  public String hospitalCode() {
    return hospitalCode;
  }

  public ResidentId residentId() {
    return residentId;
  }

  public HospitalLevel hospitalLevel() {
    return hospitalLevel;
  }

  public CareType careType() {
    return careType;
  }

  public LocalDate settledOn() {
    return settledOn;
  }

  public long totalFen() {
    return totalFen;
  }

  public long inScopeFen() {
    return inScopeFen;
  }

  /** The aid category in force on the bill's day. */
  public AidCategory aidCategory() {
    return aidCategory;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof BatchBill b && b.billId.equals(billId) && b.hospitalCode.equals(hospitalCode)
        && b.residentId.equals(residentId) && b.hospitalLevel == hospitalLevel && b.careType == careType
        && b.settledOn.equals(settledOn) && b.totalFen == totalFen && b.inScopeFen == inScopeFen
        && b.aidCategory == aidCategory;
  }

  @Override
  public int hashCode() {
    return Objects.hash(billId, hospitalCode, residentId, settledOn, totalFen);
  }

  @Override
  public String toString() {
    return "BatchBill{" + hospitalCode + "/" + billId + ", " + residentId + ", " + settledOn + "}";
  }

  private static final String[] FIELDS = HEADER.split(",");

  /**
   * Checks the first line of a bills file.
   *
   * @throws MalformedInputException naming line 1 unless it is {@link #HEADER}
   */
  public static void requireHeader(String firstLine) {
    if (!HEADER.equals(firstLine)) {
      throw new MalformedInputException(1, "header", "must be " + HEADER);
    }
  }

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
    ResidentId resident;
    try {
      resident = ResidentId.parse(f[2]);
    } catch (InvalidInputException e) {
      throw new MalformedInputException(number, "residentId", e.getMessage());
    }
    HospitalLevel level = enumOf(HospitalLevel.class, f[3], number, "hospitalLevel");
    CareType care = enumOf(CareType.class, f[4], number, "careType");
    LocalDate day = date(f[5], number);
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
        residentId, hospitalLevel, careType, settledOn, Money.ofFen(totalFen), Money.ofFen(inScopeFen));
  }

  /** The line of a bills file for this bill. */
  public String line() {
    return billId + "," + hospitalCode + "," + residentId.value() + "," + hospitalLevel + "," + careType + "," + settledOn + ","
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

  private static LocalDate date(String text, long number) {
    String s = text;
    if (s.length() == 10 && s.charAt(4) == '-' && s.charAt(7) == '-') {
      try {
        return LocalDate.of(Integer.parseInt(s, 0, 4, 10), Integer.parseInt(s, 5, 7, 10), Integer.parseInt(s, 8, 10, 10));
      } catch (NumberFormatException | DateTimeException e) {
        // reported below
      }
    }
    throw new MalformedInputException(number, "settledOn", "is not a date (yyyy-mm-dd): '" + text + "'");
  }

  private static <E extends Enum<E>> E enumOf(Class<E> type, String text, long number, String field) {
    try {
      return Enum.valueOf(type, text);
    } catch (IllegalArgumentException e) {
      throw new MalformedInputException(number, field, "unknown value '" + text + "'");
    }
  }

  private static long fen(String text, long number, String field) {
    boolean digits = !text.isEmpty() && text.length() <= 18;
    for (int i = 0; digits && i < text.length(); i++) {
      digits = text.charAt(i) >= '0' && text.charAt(i) <= '9';
    }
    if (!digits) {
      throw new MalformedInputException(number, field, "is not a whole number of fen: '" + text + "'");
    }
    return Long.parseLong(text);
  }
}
