/**
 * Exact division of a budget among parties (分配): largest-remainder allocation by integer
 * weights, with optional per-party caps filled by exact water-filling. The parts always add up
 * to the budget to the fen, together with an explicit unspent remainder.
 */
package civil.core.allocation;
