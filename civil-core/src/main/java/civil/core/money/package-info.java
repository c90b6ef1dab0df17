/**
 * Money (人民币 amounts in fen, 分) and rates. {@link civil.core.money.Money} is exact: every
 * operation either gives the exact result or throws {@link java.lang.ArithmeticException};
 * a lossy step (a rate applied to an amount, a fraction of a value) takes its
 * {@link java.math.RoundingMode} and the one-argument forms round half up, the district's
 * convention, stated once here.
 */
package civil.core.money;
