package civil.batch;

import civil.relief.medical.AidCategory;
import civil.relief.medical.Bill;
import civil.relief.medical.CareType;
import civil.relief.medical.HospitalLevel;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;

/**
 * A chunk of bills in columns of primitives, read straight from the bytes of a bills file: no
 * object per bill. A line is read by a fast path that accepts only plain, well-formed lines and
 * computes exactly what {@link BatchBill#parse} would; any other line (an error, a lower-case
 * check character, a character outside ASCII) goes to {@link BatchBill#parse} itself, which stays
 * the one authority on what a line means and on how a malformed one is reported. A test holds the
 * two equal on valid and on damaged lines.
 *
 * <p>The chunk is then sorted in {@link BatchBill#ORDER} (a radix sort of the day, then of the
 * resident's 17 digits, then bill ids among the rare equal pairs) and written as a run file of
 * fixed binary records for {@link RunMerge}.
 */
final class BillChunk {
  static final long MAX_FEN = Bill.MAX_AMOUNT.fen();
  private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
  private static final byte[] CHECK = "10X98765432".getBytes(StandardCharsets.US_ASCII);
  private static final byte[][] LEVELS = names(HospitalLevel.values());
  private static final byte[][] CARE = names(CareType.values());
  private static final byte[][] CATEGORIES = names(AidCategory.values());

  final int capacity;
  int size;
  final long[] key; // the resident ID's 17 digits
  final byte[] check; // its check character
  final int[] day; // epoch day settled on
  final long[] total;
  final long[] inScope;
  final byte[] level;
  final byte[] care;
  final byte[] category;
  final int[] textAt; // where the bill id, then the hospital code, sit in text
  final byte[] billLength;
  final byte[] hospitalLength;
  byte[] text;
  int textSize;

  BillChunk(int capacity) {
    this.capacity = capacity;
    key = new long[capacity];
    check = new byte[capacity];
    day = new int[capacity];
    total = new long[capacity];
    inScope = new long[capacity];
    level = new byte[capacity];
    care = new byte[capacity];
    category = new byte[capacity];
    textAt = new int[capacity];
    billLength = new byte[capacity];
    hospitalLength = new byte[capacity];
    text = new byte[Math.max(1024, capacity * 24)];
  }

  boolean full() {
    return size == capacity;
  }

  /**
   * Adds line {@code number}, the bytes {@code [from, to)} of {@code b} without its line end.
   *
   * @throws MalformedInputException as {@link BatchBill#parse} reports it, or for a day no policy covers
   */
  void add(byte[] b, int from, int to, long number, PolicyDays days) {
    if (size == capacity) {
      throw new IllegalStateException("the chunk is full");
    }
    if (!fast(b, from, to) || !days.covers(day[size])) {
      slow(new String(b, from, to - from, StandardCharsets.UTF_8), number, days);
    }
    size++;
  }

  /** The fast path: true when the line is plain and well formed, its fields stored in slot {@code size}. */
  private boolean fast(byte[] b, int s, int e) {
    int i = size;
    int p = s;
    // bill id: 1 to 64 printable ASCII characters without spaces
    while (p < e && b[p] != ',') {
      if (b[p] <= 0x20 || b[p] >= 0x7f) {
        return false;
      }
      p++;
    }
    int billLen = p - s;
    if (billLen == 0 || billLen > 64 || p == e) {
      return false;
    }
    int hospitalFrom = ++p;
    while (p < e && b[p] != ',') {
      p++;
    }
    int hospitalLen = p - hospitalFrom;
    if (p == e || hospitalLen != 0 && !hospitalCode(b, hospitalFrom, hospitalLen)) {
      return false;
    }
    p++;
    // resident ID: 17 digits, the check character (upper case here), a real birth date
    if (e - p < 19 || b[p + 18] != ',') {
      return false;
    }
    long k = 0;
    int sum = 0;
    for (int j = 0; j < 17; j++) {
      int d = b[p + j] - '0';
      if (d < 0 || d > 9) {
        return false;
      }
      k = k * 10 + d;
      sum += d * WEIGHTS[j];
    }
    if (b[p + 17] != CHECK[sum % 11] || !validDate(digits(b, p + 6, 4), digits(b, p + 10, 2), digits(b, p + 12, 2))) {
      return false;
    }
    byte checkChar = b[p + 17];
    p += 19;
    int lv = match(b, p, e, LEVELS, false);
    if (lv < 0) {
      return false;
    }
    p += LEVELS[lv].length + 1;
    int ct = match(b, p, e, CARE, false);
    if (ct < 0) {
      return false;
    }
    p += CARE[ct].length + 1;
    // settled on: yyyy-mm-dd
    if (e - p < 11 || b[p + 4] != '-' || b[p + 7] != '-' || b[p + 10] != ',') {
      return false;
    }
    int y = digits(b, p, 4);
    int m = digits(b, p + 5, 2);
    int d = digits(b, p + 8, 2);
    if (!validDate(y, m, d)) {
      return false;
    }
    long epochDay = LocalDate.of(y, m, d).toEpochDay();
    p += 11;
    int comma = indexOf(b, p, e);
    long tot = fen(b, p, comma);
    if (tot < 0 || comma == e) {
      return false;
    }
    p = comma + 1;
    comma = indexOf(b, p, e);
    long in = fen(b, p, comma);
    if (in < 0 || comma == e) {
      return false;
    }
    p = comma + 1;
    int cat = match(b, p, e, CATEGORIES, true);
    if (cat < 0 || tot > MAX_FEN || in > tot) {
      return false;
    }
    key[i] = k;
    check[i] = checkChar;
    day[i] = (int) epochDay;
    total[i] = tot;
    inScope[i] = in;
    level[i] = (byte) lv;
    care[i] = (byte) ct;
    category[i] = (byte) cat;
    putText(i, b, s, billLen, b, hospitalFrom, hospitalLen);
    return true;
  }

  /** The general path: {@link BatchBill#parse} decides, and reports any problem. */
  private void slow(String line, long number, PolicyDays days) {
    BatchBill bill = days.require(BatchBill.parse(line, number), number);
    int i = size;
    String resident = bill.residentId().value();
    key[i] = Long.parseLong(resident, 0, 17, 10);
    check[i] = (byte) resident.charAt(17);
    day[i] = (int) bill.settledOn().toEpochDay();
    total[i] = bill.totalFen();
    inScope[i] = bill.inScopeFen();
    level[i] = (byte) bill.hospitalLevel().ordinal();
    care[i] = (byte) bill.careType().ordinal();
    category[i] = (byte) bill.aidCategory().ordinal();
    byte[] id = bill.billId().getBytes(StandardCharsets.US_ASCII);
    byte[] hospital = bill.hospitalCode().getBytes(StandardCharsets.US_ASCII);
    putText(i, id, 0, id.length, hospital, 0, hospital.length);
  }

  private void putText(int i, byte[] a, int aFrom, int aLen, byte[] h, int hFrom, int hLen) {
    if (textSize + aLen + hLen > text.length) {
      text = Arrays.copyOf(text, Math.max(text.length * 2, textSize + aLen + hLen));
    }
    textAt[i] = textSize;
    System.arraycopy(a, aFrom, text, textSize, aLen);
    textSize += aLen;
    System.arraycopy(h, hFrom, text, textSize, hLen);
    textSize += hLen;
    billLength[i] = (byte) aLen;
    hospitalLength[i] = (byte) hLen;
  }

  private static boolean hospitalCode(byte[] b, int from, int len) {
    if (len != 12 || b[from] != 'H') {
      return false;
    }
    for (int j = 1; j < 12; j++) {
      if (b[from + j] < '0' || b[from + j] > '9') {
        return false;
      }
    }
    return true;
  }

  /** Whether {@code y-m-d} is a real day of the ISO calendar (negative parts are "not digits"). */
  static boolean validDate(int y, int m, int d) {
    if (y < 0 || m < 1 || m > 12 || d < 1) {
      return false;
    }
    boolean leap = y % 4 == 0 && (y % 100 != 0 || y % 400 == 0);
    int length = switch (m) {
      case 2 -> leap ? 29 : 28;
      case 4, 6, 9, 11 -> 30;
      default -> 31;
    };
    return d <= length;
  }

  private static int digits(byte[] b, int from, int count) {
    int v = 0;
    for (int j = 0; j < count; j++) {
      int d = b[from + j] - '0';
      if (d < 0 || d > 9) {
        return -1;
      }
      v = v * 10 + d;
    }
    return v;
  }

  /** 1 to 18 digits, or -1. */
  private static long fen(byte[] b, int from, int to) {
    if (to == from || to - from > 18) {
      return -1;
    }
    long v = 0;
    for (int j = from; j < to; j++) {
      int d = b[j] - '0';
      if (d < 0 || d > 9) {
        return -1;
      }
      v = v * 10 + d;
    }
    return v;
  }

  private static int indexOf(byte[] b, int from, int to) {
    int p = from;
    while (p < to && b[p] != ',') {
      p++;
    }
    return p;
  }

  /** The constant whose name starts at {@code p} and is followed by a comma (or, for the {@code last} field, by the line's end), or -1. */
  private static int match(byte[] b, int p, int e, byte[][] names, boolean last) {
    for (int c = 0; c < names.length; c++) {
      byte[] n = names[c];
      int end = p + n.length;
      boolean ends = last ? end == e : end < e && b[end] == ',';
      if (ends && Arrays.equals(b, p, end, n, 0, n.length)) {
        return c;
      }
    }
    return -1;
  }

  static byte[][] names(Enum<?>[] values) {
    byte[][] n = new byte[values.length][];
    for (int i = 0; i < values.length; i++) {
      n[i] = values[i].name().getBytes(StandardCharsets.US_ASCII);
    }
    return n;
  }

  // -------------------------------------------------------------------------------------------
  // sorting and writing

  /** The slots in {@link BatchBill#ORDER}. */
  int[] order() {
    int n = size;
    int[] idx = new int[n];
    for (int i = 0; i < n; i++) {
      idx[i] = i;
    }
    int[] tmp = new int[n];
    // least significant first: the day, then the resident (stable passes keep the day's order)
    int minDay = Integer.MAX_VALUE;
    int maxDay = Integer.MIN_VALUE;
    long minKey = Long.MAX_VALUE;
    long maxKey = Long.MIN_VALUE;
    for (int i = 0; i < n; i++) {
      minDay = Math.min(minDay, day[i]);
      maxDay = Math.max(maxDay, day[i]);
      minKey = Math.min(minKey, key[i]);
      maxKey = Math.max(maxKey, key[i]);
    }
    if (n == 0) {
      return idx;
    }
    int dayBits = 32 - Integer.numberOfLeadingZeros(maxDay - minDay);
    for (int shift = 0; shift < dayBits; shift += 11) {
      radixPass(idx, tmp, n, shift, minDay, true, 0);
      int[] t = idx;
      idx = tmp;
      tmp = t;
    }
    int keyBits = 64 - Long.numberOfLeadingZeros(maxKey - minKey);
    for (int shift = 0; shift < keyBits; shift += 11) {
      radixPass(idx, tmp, n, shift, 0, false, minKey);
      int[] t = idx;
      idx = tmp;
      tmp = t;
    }
    // bills of one resident on one day: by bill id, then hospital (insertion sort; such groups are small)
    for (int i = 1; i < n; i++) {
      int x = idx[i];
      int j = i - 1;
      while (j >= 0 && key[idx[j]] == key[x] && day[idx[j]] == day[x] && compareText(idx[j], x) > 0) {
        idx[j + 1] = idx[j];
        j--;
      }
      idx[j + 1] = x;
    }
    return idx;
  }

  private void radixPass(int[] from, int[] to, int n, int shift, int minDay, boolean byDay, long minKey) {
    int[] count = new int[2049];
    for (int i = 0; i < n; i++) {
      count[digit(from[i], shift, minDay, byDay, minKey) + 1]++;
    }
    for (int b = 0; b < 2048; b++) {
      count[b + 1] += count[b];
    }
    for (int i = 0; i < n; i++) {
      to[count[digit(from[i], shift, minDay, byDay, minKey)]++] = from[i];
    }
  }

  private int digit(int slot, int shift, int minDay, boolean byDay, long minKey) {
    return byDay ? (day[slot] - minDay) >>> shift & 2047 : (int) ((key[slot] - minKey) >>> shift & 2047);
  }

  /** Bill ids, then hospital codes. */
  int compareText(int a, int b) {
    int c = Arrays.compareUnsigned(text, textAt[a], textAt[a] + billLength[a], text, textAt[b], textAt[b] + billLength[b]);
    if (c != 0) {
      return c;
    }
    int ha = textAt[a] + billLength[a];
    int hb = textAt[b] + billLength[b];
    return Arrays.compareUnsigned(text, ha, ha + hospitalLength[a], text, hb, hb + hospitalLength[b]);
  }

  /** Writes the chunk, sorted, as a run of records {@link RunMerge} reads. */
  void writeRun(Path file) throws IOException {
    int[] idx = order();
    byte[] buf = new byte[1 << 16];
    int at = 0;
    try (OutputStream out = Files.newOutputStream(file)) {
      for (int k = 0; k < size; k++) {
        int i = idx[k];
        int need = RunMerge.FIXED + billLength[i] + hospitalLength[i];
        if (at + need > buf.length) {
          out.write(buf, 0, at);
          at = 0;
        }
        at = putLong(buf, at, key[i]);
        buf[at++] = check[i];
        at = putInt(buf, at, day[i]);
        at = putLong(buf, at, total[i]);
        at = putLong(buf, at, inScope[i]);
        buf[at++] = level[i];
        buf[at++] = care[i];
        buf[at++] = category[i];
        buf[at++] = billLength[i];
        buf[at++] = hospitalLength[i];
        System.arraycopy(text, textAt[i], buf, at, billLength[i] + hospitalLength[i]);
        at += billLength[i] + hospitalLength[i];
      }
      out.write(buf, 0, at);
    }
  }

  private static int putLong(byte[] b, int at, long v) {
    for (int s = 56; s >= 0; s -= 8) {
      b[at++] = (byte) (v >>> s);
    }
    return at;
  }

  private static int putInt(byte[] b, int at, int v) {
    for (int s = 24; s >= 0; s -= 8) {
      b[at++] = (byte) (v >>> s);
    }
    return at;
  }
}
