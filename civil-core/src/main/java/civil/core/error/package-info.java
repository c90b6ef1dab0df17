/**
 * The error types of the library. One unchecked root, {@link civil.core.error.DomainException},
 * with a stable {@code code()}; four kinds under it that a facade maps to a status once:
 * {@link civil.core.error.InvalidInputException} (the input itself is wrong),
 * {@link civil.core.error.NotFoundException}, {@link civil.core.error.ConflictException}
 * (it contradicts what is stored) and {@link civil.core.error.RefusedException} (a rule
 * refuses it given what is stored). Expected outcomes such as "not eligible" are values, not
 * exceptions.
 */
package civil.core.error;
