package io.emulation.scoring.spi;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares how stable a public type or member of the Emulation libraries is, so that a plugin
 * author knows what may change in a minor release (modelled on JUnit's {@code @API}).
 *
 * @since 0.1
 */
@Api(status = Api.Status.STABLE, since = "0.1")
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD, ElementType.CONSTRUCTOR, ElementType.FIELD})
public @interface Api {

  /** The stability promise; never {@code null}. */
  Status status();

  /** The release that introduced the element, e.g. {@code "0.1"}. */
  String since() default "";

  /** Stability levels, from the strongest promise to none. */
  enum Status {
    /** Changed only in a new major version of the SPI. */
    STABLE,
    /** Kept compatible in minor releases where at all possible; deprecated before removal. */
    MAINTAINED,
    /** New; may change in any release, feedback welcome. */
    EXPERIMENTAL,
    /** Not for use outside the Emulation libraries; may change without notice. */
    INTERNAL
  }
}
