/**
 * Day care (日间照料/日托养老): centres with a capacity and opening days, enrolments, daily
 * attendance, and utilisation as an exact ratio.
 */
@CivilStyle
package civil.eldercare.daycare;

import civil.core.CivilStyle;
