/**
 * Designated hospitals (定点医院) and the hospital interface: the registry of hospitals with their
 * dated levels, designations and suspensions; settlement through the registry (the level from the
 * registry, refusals for hospitals that may not settle, manual claims); daily reconciliation (对账)
 * and monthly clearing statements (清算).
 */
@CivilStyle
package civil.relief.hospital;

import civil.core.CivilStyle;
