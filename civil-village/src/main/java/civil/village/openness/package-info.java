/**
 * Openness of village affairs (村务公开): the catalogue of what a village must publish and by when,
 * the events and publications a village records, the inspection that scores them, and the model
 * villages of democratic management (民主管理示范村) chosen from the inspections.
 */
package civil.village.openness;
