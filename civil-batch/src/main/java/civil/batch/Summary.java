package civil.batch;

import civil.relief.medical.AidCategory;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The totals of a settlements file ({@code summary.json}), added up line by line in the file's
 * order: bills, residents (a new resident starts wherever the resident id changes), each payer's
 * total, and bills and medical aid by aid category (every category, in the enum's order).
 */
public final class Summary {
  private long bills;
  private long residents;
  private String lastResident;
  private long basic;
  private long critical;
  private long aid;
  private long selfPay;
  private final long[] categoryBills = new long[AidCategory.values().length];
  private final long[] categoryAid = new long[AidCategory.values().length];

  public void add(SettledBill s) {
    boolean next = !s.residentId().equals(lastResident);
    lastResident = s.residentId();
    add(next, s.aidCategory().ordinal(), s.basicInsuranceFen(), s.criticalIllnessFen(), s.medicalAidFen(), s.selfPayFen());
  }

  /** Adds one line's figures; {@code nextResident} when its resident differs from the line before. */
  void add(boolean nextResident, int category, long basicFen, long criticalFen, long aidFen, long selfPayFen) {
    bills++;
    if (nextResident) {
      residents++;
    }
    basic += basicFen;
    critical += criticalFen;
    aid += aidFen;
    selfPay += selfPayFen;
    categoryBills[category]++;
    categoryAid[category] += aidFen;
  }

  public long bills() {
    return bills;
  }

  /** The summary as {@code summary.json} holds it. */
  public Map<String, Object> toMap(String engine, double seconds) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("bills", bills);
    m.put("residents", residents);
    m.put("totalFen", basic + critical + aid + selfPay);
    m.put("basicInsuranceFen", basic);
    m.put("criticalIllnessFen", critical);
    m.put("medicalAidFen", aid);
    m.put("selfPayFen", selfPay);
    Map<String, Object> byCategory = new LinkedHashMap<>();
    for (AidCategory c : AidCategory.values()) {
      Map<String, Object> one = new LinkedHashMap<>();
      one.put("bills", categoryBills[c.ordinal()]);
      one.put("medicalAidFen", categoryAid[c.ordinal()]);
      byCategory.put(c.name(), one);
    }
    m.put("byCategory", byCategory);
    m.put("engine", engine);
    m.put("seconds", Math.round(seconds * 1000) / 1000.0);
    return m;
  }

  static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
}
