/**
 * Medical aid settled in one step with basic medical insurance (医疗救助一站式同步结算): the
 * three-payer settlement of a hospital bill (基本医保 → 大病保险 → 医疗救助, 三重保障) as a pure
 * function, its default policy as a versioned document, the aid-category register, and the
 * settlement desk that keeps year-to-date totals, idempotency on the bill id and reversals.
 */
@CivilStyle
package civil.relief.medical;

import civil.core.CivilStyle;
