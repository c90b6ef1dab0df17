/**
 * Relief rounds (生活救助发放): a named, dated payout to the needy households of chosen
 * subdistricts, drafted with its roster (花名册), approved, then paid; a paid round is immutable
 * and is corrected by new, linked entries.
 */
@CivilStyle
package civil.relief.round;

import civil.core.CivilStyle;
