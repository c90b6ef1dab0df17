/**
 * Policy documents (政策参数): every threshold, ratio, cap and standard of a rule lives in a
 * versioned JSON document with an effective-from date, validated on load with unknown fields
 * rejected. A {@link civil.core.policy.PolicyRegistry} holds the versions of one document and
 * returns the one in force on a date. The defaults ship as resources of the module whose rules
 * they parameterise.
 *
 * <p>In documents, amounts are whole fen in fields whose names end in {@code Fen}, rates are
 * percentage strings ({@code "65%"}), dates are {@code yyyy-MM-dd}.
 */
package civil.core.policy;
