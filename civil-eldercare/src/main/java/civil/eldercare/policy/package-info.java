/**
 * The elderly-care policy (养老服务政策参数): home-care eligibility ages and funded hours, the
 * care-worker caseload, assessment grade bands and rectification rules, and award coefficients,
 * as one versioned policy document.
 */
@CivilStyle
package civil.eldercare.policy;

import civil.core.CivilStyle;
