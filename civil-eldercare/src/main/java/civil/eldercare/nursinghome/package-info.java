/**
 * Nursing homes (养老机构): their beds, monthly occupancy, assessments, rectifications and the
 * award in lieu of subsidy, behind one application service.
 */
@CivilStyle
package civil.eldercare.nursinghome;

import civil.core.CivilStyle;
