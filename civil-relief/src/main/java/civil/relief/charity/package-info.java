/**
 * The charity association (慈善协会) and its donation campaigns (如爱心一日捐): member units by
 * tier with their dues, invitations, donations with gap-free receipt numbers (捐赠票据),
 * restricted and unrestricted funds, disbursements funded deterministically, expenses and the
 * two Charity Law compliance figures.
 */
@CivilStyle
package civil.relief.charity;

import civil.core.CivilStyle;
