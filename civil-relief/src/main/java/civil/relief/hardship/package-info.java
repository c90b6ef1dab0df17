/**
 * Special hardship support (特困人员供养) for people with no ability to work, no income and no
 * legal supporter able to support them (the "three nos", 三无): monthly basic living support
 * and a care allowance by self-care ability, the roll of recipients and the monthly payments.
 */
@CivilStyle
package civil.relief.hardship;

import civil.core.CivilStyle;
