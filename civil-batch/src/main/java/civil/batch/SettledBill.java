package civil.batch;

import civil.relief.medical.AidCategory;
import java.time.LocalDate;

/**
 * One line of a settlements file ({@code settlements.csv}): {@code billId,hospitalCode,residentId,
 * settledOn,aidCategory,basicInsuranceFen,criticalIllnessFen,medicalAidFen,selfPayFen}.
 */
public record SettledBill(String billId, String hospitalCode, String residentId, LocalDate settledOn,
    AidCategory aidCategory, long basicInsuranceFen, long criticalIllnessFen, long medicalAidFen, long selfPayFen) {
  /** The header line of a settlements file. */
  public static final String HEADER =
      "billId,hospitalCode,residentId,settledOn,aidCategory,basicInsuranceFen,criticalIllnessFen,medicalAidFen,selfPayFen";

  /** The bill's total: the four payers together. */
  public long totalFen() {
    return basicInsuranceFen + criticalIllnessFen + medicalAidFen + selfPayFen;
  }

  /** The bill's identity across hospitals: hospital code (or {@code MANUAL}) and bill id. */
  public String key() {
    return (hospitalCode.isEmpty() ? "MANUAL" : hospitalCode) + "/" + billId;
  }

  public String line() {
    return billId + "," + hospitalCode + "," + residentId + "," + settledOn + "," + aidCategory + "," + basicInsuranceFen
        + "," + criticalIllnessFen + "," + medicalAidFen + "," + selfPayFen;
  }

  /** Reads line {@code number} of a settlements file. */
  public static SettledBill parse(String line, long number) {
    String[] f = line.split(",", -1);
    if (f.length != 9) {
      throw new MalformedInputException(number, "line", "has " + f.length + " fields, not 9");
    }
    try {
      return new SettledBill(f[0], f[1], f[2], LocalDate.parse(f[3]), AidCategory.valueOf(f[4]), Long.parseLong(f[5]),
          Long.parseLong(f[6]), Long.parseLong(f[7]), Long.parseLong(f[8]));
    } catch (RuntimeException e) {
      throw new MalformedInputException(number, "line", "is not a settlement line: " + e.getMessage());
    }
  }
}
