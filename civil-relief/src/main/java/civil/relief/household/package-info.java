/**
 * Households (户) as social relief sees them: members with their incomes, assets and
 * circumstances, the area type that fixes their standard, and the registry (户籍救助台账) that
 * keeps each household with its subdistrict and its latest subsistence assessment.
 */
@CivilStyle
package civil.relief.household;

import civil.core.CivilStyle;
