package io.emulation.scoring.spi;

import java.util.Objects;

/**
 * A version of this SPI, {@code major.minor}. A plugin built against {@code 1.x} runs on any
 * runtime SPI {@code 1.y} with {@code y >= x}; a different major version is incompatible.
 *
 * <p>Plugins report the version they were compiled against by returning the compile-time
 * constant {@link #CURRENT} from {@link ScoringFormula#spiVersion()}: {@code javac} copies the
 * constant into the plugin's class file, so the value stays the one the plugin was built with.
 *
 * @param major incremented on incompatible changes; {@code >= 0}
 * @param minor incremented on compatible additions; {@code >= 0}
 * @since 0.1
 */
@Api(status = Api.Status.STABLE, since = "0.1")
public record SpiVersion(int major, int minor) implements Comparable<SpiVersion> {

  /** The version of the SPI in this jar, as text; a compile-time constant by design. */
  public static final String CURRENT = "1.1";

  private static final java.util.regex.Pattern FORM =
      java.util.regex.Pattern.compile("([0-9]{1,9})\\.([0-9]{1,9})");

  /** Checks that both parts are non-negative. */
  public SpiVersion {
    if (major < 0 || minor < 0) {
      throw new IllegalArgumentException(
          "SPI version parts must be >= 0 but were " + major + "." + minor);
    }
  }

  /** The version of the SPI in this jar. */
  public static SpiVersion current() {
    return parse(CURRENT);
  }

  /** Returns the version with the given parts. */
  public static SpiVersion of(int major, int minor) {
    return new SpiVersion(major, minor);
  }

  /**
   * Parses {@code "major.minor"}.
   *
   * @throws ScoringException naming the text when it is not of that form
   */
  public static SpiVersion parse(String text) {
    Objects.requireNonNull(text, "SPI version text");
    java.util.regex.Matcher parts = FORM.matcher(text.trim());
    if (!parts.matches()) {
      throw new ScoringException("SPI version must be 'major.minor' with non-negative numbers "
          + "but was '" + text + "'");
    }
    try {
      return new SpiVersion(Integer.parseInt(parts.group(1)), Integer.parseInt(parts.group(2)));
    } catch (NumberFormatException e) {
      throw new AssertionError("nine digits always fit an int", e);
    }
  }

  /**
   * Whether a plugin built against this version can run on {@code runtime}: same major version
   * and a minor version no newer than the runtime's.
   */
  public boolean isCompatibleWith(SpiVersion runtime) {
    return major == runtime.major && minor <= runtime.minor;
  }

  @Override
  public int compareTo(SpiVersion other) {
    return major != other.major
        ? Integer.compare(major, other.major)
        : Integer.compare(minor, other.minor);
  }

  @Override
  public String toString() {
    return major + "." + minor;
  }
}
