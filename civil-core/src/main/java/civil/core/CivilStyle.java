package civil.core;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of the project: generated implementations stay package-private
 * behind the abstract type, {@code with…} methods return the abstract type, builders are
 * simple, and collections are the JDK's unmodifiable ones. Put it on a package
 * ({@code package-info.java}) to use it for every value type there.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    jdkOnly = true,
    get = {"is*", "get*"},
    init = "*",
    defaults = @Value.Immutable(copy = true))
public @interface CivilStyle {}
