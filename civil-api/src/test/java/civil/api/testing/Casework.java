package civil.api.testing;

import civil.core.identity.ResidentId;

/** Small pieces of casework that several API tests send. */
public final class Casework {
  private Casework() {}

  /** A valid resident ID born on 1962-01-01, numbered {@code n}. */
  public static String resident(int n) {
    String first17 = String.format("41080219620101%03d", n);
    return first17 + ResidentId.checkCharacterOf(first17);
  }

  /** A one-step settlement of an inpatient bill of ¥12,000 (¥10,000 in scope) at a secondary hospital. */
  public static TestServer.Response settle(TestServer server, String billId, String resident, String day) {
    return server.post("/api/v1/medical-aid/settlements", "{\"billId\": \"" + billId + "\", \"residentId\": \"" + resident
        + "\", \"hospitalLevel\": \"SECONDARY\", \"careType\": \"INPATIENT\", \"settledOn\": \"" + day
        + "\", \"totalFen\": 1200000, \"inScopeFen\": 1000000}");
  }
}
