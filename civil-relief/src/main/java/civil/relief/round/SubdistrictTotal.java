package civil.relief.round;

import civil.core.identity.AreaCode;
import civil.core.money.Money;

/** A round's total for one subdistrict: households on the roster and the amount, corrections included. */
public record SubdistrictTotal(AreaCode subdistrict, int households, Money amount) {}
