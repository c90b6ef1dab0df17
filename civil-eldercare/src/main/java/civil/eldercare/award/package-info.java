/**
 * The award in lieu of subsidy (以奖代补): a period's budget split exactly among the homes graded
 * {@code PASS} or better, by average occupied beds × grade coefficient, with the largest
 * remainder method of civil-core and an optional cap per home.
 */
@CivilStyle
package civil.eldercare.award;

import civil.core.CivilStyle;
