package civil.benchmarks;

import civil.core.identity.ResidentId;
import civil.core.money.Money;
import civil.relief.medical.AidCategory;
import civil.relief.medical.Bill;
import civil.relief.medical.CareType;
import civil.relief.medical.HospitalLevel;
import civil.relief.medical.MedicalAidPolicy;
import civil.relief.medical.Settlement;
import civil.relief.medical.SettlementEngine;
import civil.relief.medical.SettlementStep;
import civil.relief.medical.YearToDate;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Settlements per second, single thread: a stream of 1,000,000 bills (fixed seed) over 100,000
 * residents, each settled against its resident's year to date, which it then replaces.
 * {@code bareRule} runs the engine's arithmetic on long arrays with no object in or out;
 * {@code settleWithoutSteps} is the engine as the desk calls it (a bill in, a settlement out);
 * {@code settleAndRenderSteps} also renders every step's text, to show what the explanation costs.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 6, time = 2)
@Measurement(iterations = 8, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g"})
public class SettlementBenchmark {
  static final int BILLS = 1_000_000;
  static final int RESIDENTS = 100_000;

  private final MedicalAidPolicy policy = MedicalAidPolicy.defaults();
  private Bill[] bills;
  private int[] residentOf;
  private AidCategory[] categoryOf;
  private YearToDate[] yearToDate;
  // the same bills as primitives, for the bare rule
  private long[] totalFen;
  private long[] inScopeFen;
  private CareType[] careOf;
  private HospitalLevel[] levelOf;
  private long[] ytd;
  private final long[] pays = new long[SettlementEngine.PAYMENTS];

  @Setup(Level.Trial)
  public void generate() {
    SplittableRandom random = new SplittableRandom(20260101);
    ResidentId[] residents = new ResidentId[RESIDENTS];
    categoryOf = new AidCategory[RESIDENTS];
    AidCategory[] categories = AidCategory.values();
    for (int i = 0; i < RESIDENTS; i++) {
      LocalDate birth = LocalDate.of(1930, 1, 1).plusDays(random.nextInt(30_000));
      residents[i] = ResidentId.ofFirst17(String.format("410802%04d%02d%02d%03d",
          birth.getYear(), birth.getMonthValue(), birth.getDayOfMonth(), i % 1000));
      categoryOf[i] = categories[random.nextInt(categories.length)];
    }
    bills = new Bill[BILLS];
    residentOf = new int[BILLS];
    HospitalLevel[] levels = HospitalLevel.values();
    CareType[] care = CareType.values();
    LocalDate jan1 = LocalDate.of(2026, 1, 1);
    for (int i = 0; i < BILLS; i++) {
      int r = random.nextInt(RESIDENTS);
      long inScope = random.nextInt(10) == 0 ? random.nextLong(30_000_000) : random.nextLong(2_000_000);
      long total = inScope + random.nextLong(500_000);
      residentOf[i] = r;
      bills[i] = Bill.of("B" + i, residents[r], levels[random.nextInt(levels.length)], care[random.nextInt(care.length)],
          jan1.plusDays(i * 365L / BILLS), Money.ofFen(total), Money.ofFen(inScope));
    }
    totalFen = new long[BILLS];
    inScopeFen = new long[BILLS];
    careOf = new CareType[BILLS];
    levelOf = new HospitalLevel[BILLS];
    for (int i = 0; i < BILLS; i++) {
      totalFen[i] = bills[i].total().fen();
      inScopeFen[i] = bills[i].inScope().fen();
      careOf[i] = bills[i].careType();
      levelOf[i] = bills[i].hospitalLevel();
    }
  }

  @Setup(Level.Invocation)
  public void newYear() {
    yearToDate = new YearToDate[RESIDENTS];
    Arrays.fill(yearToDate, YearToDate.zero());
    ytd = new long[RESIDENTS * SettlementEngine.YEAR_TO_DATE];
  }

  /**
   * The bare rule: the engine's arithmetic ({@link SettlementEngine#settleFen}) over long arrays,
   * no object in or out; what the object path ({@link #settleWithoutSteps}) is measured against.
   */
  @Benchmark
  @OperationsPerInvocation(BILLS)
  public void bareRule(Blackhole bh) {
    for (int i = 0; i < BILLS; i++) {
      int r = residentOf[i];
      SettlementEngine.settleFen(totalFen[i], inScopeFen[i], careOf[i], levelOf[i], categoryOf[r], ytd,
          r * SettlementEngine.YEAR_TO_DATE, policy, pays);
      bh.consume(pays[3]);
    }
  }

  @Benchmark
  @OperationsPerInvocation(BILLS)
  public void settleWithoutSteps(Blackhole bh) {
    for (int i = 0; i < BILLS; i++) {
      int r = residentOf[i];
      Settlement s = SettlementEngine.settle(bills[i], categoryOf[r], yearToDate[r], policy);
      yearToDate[r] = s.yearToDateAfter();
      bh.consume(s.selfPay());
    }
  }

  @Benchmark
  @OperationsPerInvocation(BILLS)
  public void settleAndRenderSteps(Blackhole bh) {
    for (int i = 0; i < BILLS; i++) {
      int r = residentOf[i];
      Settlement s = SettlementEngine.settle(bills[i], categoryOf[r], yearToDate[r], policy);
      yearToDate[r] = s.yearToDateAfter();
      for (SettlementStep step : s.steps()) {
        bh.consume(step.text());
      }
    }
  }
}
