/**
 * Home-based care (居家养老服务): eligibility (aged 80 or more, or three-nos elders aged 60 or
 * more, registered in the district), enrolment, care workers and their caseload, visits in
 * half-hour steps counted against the month's funded hours, and the period's figures.
 */
@CivilStyle
package civil.eldercare.homecare;

import civil.core.CivilStyle;
