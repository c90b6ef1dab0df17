/**
 * Relief supplies (救灾物资储备): items, receipts and issues valued at moving average cost, stock
 * and value at any date derived from the movements, the flood-season readiness check against
 * reserve targets, and spring-famine grain rations (春荒口粮) issued all or nothing.
 */
@CivilStyle
package civil.relief.supplies;

import civil.core.CivilStyle;
