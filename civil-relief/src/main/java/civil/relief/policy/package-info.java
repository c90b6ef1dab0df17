/**
 * The relief policy (社会救助政策参数): subsistence standards and increments, special hardship
 * support, temporary relief caps, spring-famine grain rations and the charity association's
 * dues and compliance thresholds, as one versioned policy document.
 */
@CivilStyle
package civil.relief.policy;

import civil.core.CivilStyle;
