package civil.core.testkit;

import civil.core.identity.AreaCode;
import civil.core.identity.CreditCode;
import civil.core.identity.ResidentId;
import civil.core.money.Money;
import civil.core.money.Ratio;
import civil.core.period.DateRange;
import civil.core.period.HalfYear;
import java.time.LocalDate;
import java.util.List;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * QuickTheories generators for the types of civil-core, for our property tests and yours. Built
 * from the public factories, and biased toward the boundaries where rules break: zero, one fen,
 * round amounts, 100%, the first and last day of a period.
 */
public final class CoreGenerators {
  private CoreGenerators() {}

  /** A long in {@code [min, max]}, one draw in four taken from the ends and their neighbours. */
  public static Gen<Long> longsBiased(long min, long max) {
    List<Long> edges = min == max ? List.of(min)
        : List.of(min, Math.min(min + 1, max), Math.max(max - 1, min), max);
    return Generate.longRange(min, max).mix(Generate.pick(edges), 25);
  }

  /** Amounts from zero to {@code max}, biased toward 0, 1 fen, whole yuan and {@code max}. */
  public static Gen<Money> moneyUpTo(Money max) {
    Gen<Long> wholeYuan = Generate.longRange(0, max.fen() / 100).map(y -> y * 100);
    return longsBiased(0, max.fen()).mix(wholeYuan, 20).map(Money::ofFen);
  }

  /** Non-negative amounts up to ¥10,000,000. */
  public static Gen<Money> nonNegativeMoney() {
    return moneyUpTo(Money.ofYuan(10_000_000));
  }

  /** Amounts of either sign within ±¥10,000,000,000 (sums of a few never overflow). */
  public static Gen<Money> money() {
    long bound = Money.ofYuan(10_000_000_000L).fen();
    return longsBiased(-bound, bound).map(Money::ofFen);
  }

  /** Rates from 0% to 100%, biased toward 0%, 100% and whole percents. */
  public static Gen<Ratio> ratiosUpToOne() {
    Gen<Long> wholePercents = Generate.longRange(0, 100).map(p -> p * 100);
    return longsBiased(0, Ratio.ONE_BP).mix(wholePercents, 30).map(Ratio::ofBasisPoints);
  }

  /** Rates from 0% to 1,000%. */
  public static Gen<Ratio> ratios() {
    return longsBiased(0, 100_000).map(Ratio::ofBasisPoints);
  }

  /** Dates between {@code from} and {@code to}, both included, biased toward both. */
  public static Gen<LocalDate> datesBetween(LocalDate from, LocalDate to) {
    return longsBiased(from.toEpochDay(), to.toEpochDay()).map(LocalDate::ofEpochDay);
  }

  /** Valid resident IDs of people born between the two dates, issued in 解放区 (410802) or nearby. */
  public static Gen<ResidentId> residentIdsBornBetween(LocalDate from, LocalDate to) {
    Gen<String> area = Generate.pick(List.of("410802", "410803", "410811", "110105", "440524"));
    Gen<Integer> sequence = Generate.range(0, 999);
    return area.zip(datesBetween(from, to), sequence,
        (a, birth, seq) -> ResidentId.ofFirst17(
            a + String.format("%04d%02d%02d", birth.getYear(), birth.getMonthValue(), birth.getDayOfMonth())
                + String.format("%03d", seq)));
  }

  /** Valid resident IDs of people born 1920 to 2025. */
  public static Gen<ResidentId> residentIds() {
    return residentIdsBornBetween(LocalDate.of(1920, 1, 1), LocalDate.of(2025, 12, 31));
  }

  /** Valid unified social credit codes. */
  public static Gen<CreditCode> creditCodes() {
    String alphabet = CreditCode.alphabet();
    Gen<Character> symbol = Generate.range(0, alphabet.length() - 1).map(alphabet::charAt);
    Gen<String> org = Generate.intArrays(Generate.constant(9), Generate.range(0, alphabet.length() - 1))
        .map(ix -> {
          StringBuilder s = new StringBuilder();
          for (int i : ix) {
            s.append(alphabet.charAt(i));
          }
          return s.toString();
        });
    Gen<String> area = Generate.pick(List.of("410802", "410803", "110105", "440305"));
    return symbol.zip(symbol, area, org, (a, b, c, d) -> CreditCode.ofFirst17("" + a + b + c + d));
  }

  /** Subdistrict codes (9 digits) of 解放区. */
  public static Gen<AreaCode> subdistricts() {
    return Generate.range(1, 8).map(sub -> AreaCode.parse(String.format("410802%03d", sub)));
  }

  /** Names as a clerk types them: short Chinese and Latin names, 1 to 40 characters. */
  public static Gen<String> names() {
    return Generate.pick(List.of("王褚敬老院", "上白作日间照料中心", "爱心一日捐", "张三", "李四", "Ma Lin", "帐篷", "x"))
        .zip(Generate.range(0, 99), (n, i) -> i == 0 ? n : n + i);
  }

  /** Community codes (12 digits) in 解放区, in a few subdistricts and communities. */
  public static Gen<AreaCode> communities() {
    return Generate.range(1, 6).zip(Generate.range(1, 12),
        (sub, com) -> AreaCode.parse(String.format("410802%03d%03d", sub, com)));
  }

  /** Half years from 2020 to 2030. */
  public static Gen<HalfYear> halfYears() {
    return Generate.range(2020, 2030).zip(Generate.range(1, 2), HalfYear::of);
  }

  /** Date ranges within 2024-2028, a fifth of them open-ended. */
  public static Gen<DateRange> dateRanges() {
    LocalDate lo = LocalDate.of(2024, 1, 1);
    Gen<LocalDate> from = datesBetween(lo, LocalDate.of(2028, 12, 31));
    Gen<Integer> length = Generate.range(0, 400);
    Gen<Boolean> open = Generate.range(0, 4).map(i -> i == 0);
    return from.zip(length, open, (f, n, o) -> o ? DateRange.startingOn(f) : DateRange.of(f, f.plusDays(n)));
  }
}
