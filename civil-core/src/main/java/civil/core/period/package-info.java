/**
 * Periods the casework counts in: the policy year (the calendar year, 年度), the half year of
 * the bureau's reports (上半年/下半年, written {@code 2026-H1}) and inclusive date ranges.
 * Months are {@link java.time.YearMonth}.
 */
package civil.core.period;
