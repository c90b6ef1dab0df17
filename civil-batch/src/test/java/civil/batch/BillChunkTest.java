package civil.batch;

import static civil.core.testkit.Theories.qt;
import static org.junit.jupiter.api.Assertions.assertEquals;

import civil.batch.testkit.BillFiles;
import civil.core.identity.ResidentId;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;

/** The fast reading of a line agrees with {@link BatchBill#parse}, on valid lines and on damaged ones. */
class BillChunkTest {
  private static final List<BatchBill> BILLS = BillFiles.generate(400, 60, 3, 77);
  private static final PolicyDays DAYS = new PolicyDays(Policies.shipped().registry());
  private static final String ALPHABET = "0123456789,-xXHABCDEFGNOPRSTUVY _\r\té中";

  /** What a line means, read the general way: the bill's fields, or the problem's line and field. */
  private static String general(String line) {
    try {
      BatchBill b = BatchBill.parse(line, 7);
      if (!DAYS.covers((int) b.settledOn().toEpochDay())) {
        return "problem 7 settledOn";
      }
      return String.join("|", b.billId(), b.hospitalCode(), b.residentId().value(), b.hospitalLevel().name(),
          b.careType().name(), b.settledOn().toString(), Long.toString(b.totalFen()), Long.toString(b.inScopeFen()),
          b.aidCategory().name());
    } catch (MalformedInputException e) {
      return "problem " + e.line() + " " + e.field();
    }
  }

  /** The same, read by the chunk. */
  private static String chunked(String line) {
    BillChunk c = new BillChunk(1);
    byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
    try {
      c.add(bytes, 0, bytes.length, 7, DAYS);
    } catch (MalformedInputException e) {
      return "problem " + e.line() + " " + e.field();
    }
    String resident = String.format("%017d", c.key[0]) + (char) c.check[0];
    String text = new String(c.text, 0, c.textSize, StandardCharsets.US_ASCII);
    return String.join("|", text.substring(0, c.billLength[0]), text.substring(c.billLength[0]),
        ResidentId.parse(resident).value(), civil.relief.medical.HospitalLevel.values()[c.level[0]].name(),
        civil.relief.medical.CareType.values()[c.care[0]].name(), java.time.LocalDate.ofEpochDay(c.day[0]).toString(),
        Long.toString(c.total[0]), Long.toString(c.inScope[0]), civil.relief.medical.AidCategory.values()[c.category[0]].name());
  }

  @Test
  void everyGeneratedLineReadsTheSameBothWays() {
    for (BatchBill b : BILLS) {
      assertEquals(general(b.line()), chunked(b.line()));
    }
  }

  @Test
  void aDamagedLineReadsTheSameBothWaysOrFailsOnTheSameField() {
    qt(3000).forAll(Generate.range(0, BILLS.size() - 1), Generate.longRange(0, Long.MAX_VALUE), Generate.range(1, 3))
        .check((i, seed, edits) -> {
          SplittableRandom r = new SplittableRandom(seed);
          StringBuilder line = new StringBuilder(BILLS.get(i).line());
          for (int k = 0; k < edits; k++) {
            int at = r.nextInt(line.length() + 1);
            char c = ALPHABET.charAt(r.nextInt(ALPHABET.length()));
            switch (r.nextInt(3)) {
              case 0 -> line.insert(at, c);
              case 1 -> {
                if (at < line.length()) {
                  line.deleteCharAt(at);
                }
              }
              default -> {
                if (at < line.length()) {
                  line.setCharAt(at, c);
                }
              }
            }
          }
          String damaged = line.toString();
          return general(damaged).equals(chunked(damaged));
        });
  }

  @Test
  void unusualButValidLinesTakeTheGeneralPathToTheSameValues() {
    BatchBill b = BILLS.get(0);
    String lowerX = b.line().replace(b.residentId().value(), b.residentId().value().replace('X', 'x'));
    for (String line : List.of(lowerX, b.line().replace(",2026-", ",+026-"), b.line() + ",")) {
      assertEquals(general(line), chunked(line), line);
    }
  }
}
