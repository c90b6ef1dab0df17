package civil.eldercare.assessment;

/**
 * One item's score: {@code max(0, maxPoints − deductions)}, and whether it fell below the share of
 * its maximum that calls for rectification.
 */
public record ItemScore(String itemCode, Points maxPoints, Points deductions, Points score, boolean toRectify) {}
