package civil.api.json;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an {@code Optional} field of a request that must be present in the JSON, though it may be
 * {@code null}: a field whose absence would silently change an amount ({@code "capPerHomeFen":
 * null} says "no cap"; leaving it out is a 400 {@code MISSING_FIELD}). Fields that are not
 * {@code Optional} are always required.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.PARAMETER, ElementType.METHOD})
public @interface Required {}
