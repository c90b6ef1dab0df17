/**
 * Volunteer service for the elderly (志愿者助老): volunteers and needs, the community adjacency,
 * the "can serve" rule and the pair cost, and an optimal matcher (maximum places filled, then
 * minimum total cost) that explains every pair and every unfilled place; registries for stored
 * volunteers and needs, and matching runs over them.
 */
@CivilStyle
package civil.eldercare.volunteer;

import civil.core.CivilStyle;
