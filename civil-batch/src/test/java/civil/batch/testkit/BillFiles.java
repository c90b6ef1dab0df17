package civil.batch.testkit;

import civil.batch.BatchBill;
import civil.core.identity.ResidentId;
import civil.relief.medical.AidCategory;
import civil.relief.medical.CareType;
import civil.relief.medical.HospitalLevel;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Bills files generated from a seed (the same seed, the same file), for tests and benchmarks:
 * {@code residents} residents, each with one aid category per year (a third {@code NONE}),
 * bills spread over {@code years} calendar years from 2026 in random order, at ten designated
 * hospitals or as manual claims, in-scope amounts mostly small and one in ten large enough to
 * reach the critical illness bands and the caps. Plain Java, so the benchmark harness can use it.
 */
public final class BillFiles {
  private static final AidCategory[] CATEGORIES = AidCategory.values();
  private static final HospitalLevel[] LEVELS = HospitalLevel.values();
  private static final CareType[] CARE = CareType.values();

  private BillFiles() {}

  /** The resident ids of a file made with {@code residents} residents. */
  public static String residentId(int i) {
    LocalDate birth = LocalDate.of(1930, 1, 1).plusDays((i * 7919L) % 30_000);
    return ResidentId.ofFirst17(String.format("4108%02d%04d%02d%02d%03d", 2 + (i / 1000) % 90, birth.getYear(),
        birth.getMonthValue(), birth.getDayOfMonth(), i % 1000)).value();
  }

  /** The category of resident {@code i} in {@code year}. */
  public static AidCategory category(int i, int year, long seed) {
    return CATEGORIES[Math.floorMod(new SplittableRandom(seed ^ (i * 31L + year)).nextLong(), CATEGORIES.length)];
  }

  /** Calls {@code sink} with each generated bill, in the file's (random) order. */
  public static void generate(long bills, int residents, int years, long seed, java.util.function.Consumer<BatchBill> sink) {
    SplittableRandom random = new SplittableRandom(seed);
    ResidentId[] ids = new ResidentId[residents];
    for (int i = 0; i < residents; i++) {
      ids[i] = ResidentId.parse(residentId(i));
    }
    LocalDate jan1 = LocalDate.of(2026, 1, 1);
    int days = (int) (LocalDate.of(2026 + years, 1, 1).toEpochDay() - jan1.toEpochDay());
    for (long n = 0; n < bills; n++) {
      int r = random.nextInt(residents);
      LocalDate day = jan1.plusDays(random.nextInt(days));
      long inScope = random.nextInt(10) == 0 ? random.nextLong(30_000_000) : random.nextLong(2_000_000);
      long total = inScope + random.nextLong(500_000);
      int h = random.nextInt(11);
      String hospital = h == 10 ? "" : String.format("H410802%05d", h + 1);
      sink.accept(new BatchBill("B" + Long.toString(n, 36).toUpperCase(), hospital, ids[r], LEVELS[random.nextInt(LEVELS.length)],
          CARE[random.nextInt(CARE.length)], day, total, inScope, category(r, day.getYear(), seed)));
    }
  }

  public static List<BatchBill> generate(int bills, int residents, int years, long seed) {
    List<BatchBill> list = new ArrayList<>(bills);
    generate(bills, residents, years, seed, list::add);
    return list;
  }

  /** Writes a generated bills file. */
  public static Path write(Path file, long bills, int residents, int years, long seed) throws IOException {
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      w.write(BatchBill.HEADER);
      w.write('\n');
      IOException[] failure = {null};
      generate(bills, residents, years, seed, b -> {
        try {
          w.write(b.line());
          w.write('\n');
        } catch (IOException e) {
          failure[0] = e;
        }
      });
      if (failure[0] != null) {
        throw failure[0];
      }
    }
    return file;
  }
}
