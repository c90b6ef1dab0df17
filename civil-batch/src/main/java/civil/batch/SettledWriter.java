package civil.batch;

import civil.relief.medical.AidCategory;
import civil.relief.medical.CareType;
import civil.relief.medical.HospitalLevel;
import civil.relief.medical.SettlementEngine;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Settles the merged bills as they pass ({@link ResidentSettler}) and writes each line of
 * {@code settlements.csv} straight into a byte buffer, as {@link SettledBill#line()} would write it.
 */
final class SettledWriter {
  private static final CareType[] CARE = CareType.values();
  private static final HospitalLevel[] LEVELS = HospitalLevel.values();
  private static final AidCategory[] CATEGORIES = AidCategory.values();
  private static final byte[][] CATEGORY_NAMES = BillChunk.names(CATEGORIES);

  private final OutputStream out;
  private final PolicyDays days;
  private final Summary summary;
  private final ResidentSettler settler = new ResidentSettler();
  private final long[] pays = new long[SettlementEngine.PAYMENTS];
  private final byte[] buf = new byte[1 << 17];
  private int at;
  private long lastKey = -1;
  // the day last formatted
  private int formattedDay = Integer.MIN_VALUE;
  private final byte[] date = new byte[10];
  private int year;

  SettledWriter(OutputStream out, PolicyDays days, Summary summary) {
    this.out = out;
    this.days = days;
    this.summary = summary;
  }

  void writeAll(RunMerge m) throws IOException {
    byte[] header = (SettledBill.HEADER + "\n").getBytes(StandardCharsets.US_ASCII);
    System.arraycopy(header, 0, buf, 0, header.length);
    at = header.length;
    while (m.next()) {
      one(m.current);
    }
    out.write(buf, 0, at);
  }

  private void one(RunMerge.Record m) throws IOException {
    if (m.day != formattedDay) {
      format(m.day);
    }
    boolean nextResident = m.key != lastKey;
    lastKey = m.key;
    settler.next(m.key, year, m.total, m.inScope, CARE[m.care], LEVELS[m.level], CATEGORIES[m.category], days.on(m.day), pays);
    summary.add(nextResident, m.category, pays[0], pays[1], pays[2], pays[3]);
    if (at + 256 > buf.length) {
      out.write(buf, 0, at);
      at = 0;
    }
    System.arraycopy(m.text, 0, buf, at, m.billLength);
    at += m.billLength;
    buf[at++] = ',';
    System.arraycopy(m.text, m.billLength, buf, at, m.hospitalLength);
    at += m.hospitalLength;
    buf[at++] = ',';
    long k = m.key;
    for (int i = 16; i >= 0; i--) {
      buf[at + i] = (byte) ('0' + k % 10);
      k /= 10;
    }
    at += 17;
    buf[at++] = m.check;
    buf[at++] = ',';
    System.arraycopy(date, 0, buf, at, 10);
    at += 10;
    buf[at++] = ',';
    byte[] name = CATEGORY_NAMES[m.category];
    System.arraycopy(name, 0, buf, at, name.length);
    at += name.length;
    for (long v : pays) {
      buf[at++] = ',';
      at = number(v);
    }
    buf[at++] = '\n';
  }

  /** A non-negative whole number (payments and self pay never fall below zero). */
  private int number(long v) {
    if (v < 0) {
      byte[] s = Long.toString(v).getBytes(StandardCharsets.US_ASCII);
      System.arraycopy(s, 0, buf, at, s.length);
      return at + s.length;
    }
    int digits = 1;
    for (long x = v / 10; x > 0; x /= 10) {
      digits++;
    }
    for (int i = digits - 1; i >= 0; i--) {
      buf[at + i] = (byte) ('0' + v % 10);
      v /= 10;
    }
    return at + digits;
  }

  /** The day as yyyy-mm-dd, and its year (civil from days, proleptic Gregorian). */
  private void format(int epochDay) {
    long z = epochDay + 719468L;
    long era = (z >= 0 ? z : z - 146096) / 146097;
    long doe = z - era * 146097;
    long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    long mp = (5 * doy + 2) / 153;
    int d = (int) (doy - (153 * mp + 2) / 5 + 1);
    int mo = (int) (mp < 10 ? mp + 3 : mp - 9);
    int y = (int) (yoe + era * 400 + (mo <= 2 ? 1 : 0));
    date[0] = (byte) ('0' + y / 1000 % 10);
    date[1] = (byte) ('0' + y / 100 % 10);
    date[2] = (byte) ('0' + y / 10 % 10);
    date[3] = (byte) ('0' + y % 10);
    date[4] = '-';
    date[5] = (byte) ('0' + mo / 10);
    date[6] = (byte) ('0' + mo % 10);
    date[7] = '-';
    date[8] = (byte) ('0' + d / 10);
    date[9] = (byte) ('0' + d % 10);
    year = y;
    formattedDay = epochDay;
  }
}
