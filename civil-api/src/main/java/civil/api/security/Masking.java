package civil.api.security;

import java.util.regex.Pattern;

/**
 * Masks anything that looks like a resident ID (18 characters, 17 digits and a check character)
 * to its first 6 and last 4 characters, for logs and the audit log.
 */
public final class Masking {
  private static final Pattern RESIDENT_ID = Pattern.compile("(?<![0-9])([0-9]{6})[0-9]{8}([0-9]{3}[0-9Xx])(?![0-9Xx])");

  private Masking() {}

  public static String mask(String text) {
    return text == null ? null : RESIDENT_ID.matcher(text).replaceAll("$1********$2");
  }
}
