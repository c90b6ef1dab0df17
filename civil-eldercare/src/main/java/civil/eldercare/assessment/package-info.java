/**
 * The nursing-home assessment norm (养老机构等级评定, 8 categories and 26 items): the catalogue
 * as a versioned document, sheets of findings with half-point deductions, scores, veto items
 * (一票否决), grades, and rectification tasks (整改) closed by re-inspection.
 */
@CivilStyle
package civil.eldercare.assessment;

import civil.core.CivilStyle;
