package civil.eldercare.award;

import civil.core.money.Fraction;
import civil.core.money.Money;
import civil.core.money.Ratio;
import civil.eldercare.assessment.Grade;

/**
 * One home's award: its grade, average occupied beds over the period, grade coefficient, weight
 * (average × coefficient, exact) and amount.
 */
public record AwardLine(String homeId, Grade grade, Fraction averageOccupiedBeds, Ratio coefficient, Fraction weight,
    Money amount, boolean capped) {}
