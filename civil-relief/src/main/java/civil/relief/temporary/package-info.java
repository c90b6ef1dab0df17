/**
 * Temporary relief (临时救助): a one-off grant for a sudden hardship of a registered household,
 * capped per case and per household and calendar year.
 */
@CivilStyle
package civil.relief.temporary;

import civil.core.CivilStyle;
