package civil.api.security;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * Masks anything that looks like a resident ID (18 characters, 17 digits and a check character)
 * to its first 6 and last 4 characters, for logs and the audit log; a longer run of digits, which
 * may hold an ID with a character too many, is masked the same way. Text is percent-decoded first
 * ({@code %34%31…} spells digits too), so an encoded ID in a path is masked like a plain one.
 */
public final class Masking {
  // 17 digits or more and a check character: a longer run of digits may hold an ID too (one digit
  // too many in a path, say), and is masked all the same, its middle whatever its length
  private static final Pattern RESIDENT_ID = Pattern.compile("(?<![0-9])([0-9]{6})[0-9]{8,}([0-9]{3}[0-9Xx])(?![0-9Xx])");

  private Masking() {}

  public static String mask(String text) {
    return text == null ? null : RESIDENT_ID.matcher(percentDecoded(text)).replaceAll("$1********$2");
  }

  /** {@code text} with every {@code %XX} escape decoded as UTF-8; a malformed escape is kept as it is. */
  static String percentDecoded(String text) {
    if (text.indexOf('%') < 0) {
      return text;
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream(text.length());
    byte[] raw = text.getBytes(StandardCharsets.UTF_8);
    for (int i = 0; i < raw.length; i++) {
      if (raw[i] == '%' && i + 2 < raw.length && hex(raw[i + 1]) >= 0 && hex(raw[i + 2]) >= 0) {
        out.write(hex(raw[i + 1]) * 16 + hex(raw[i + 2]));
        i += 2;
      } else {
        out.write(raw[i]);
      }
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  private static int hex(byte b) {
    return Character.digit(b, 16);
  }
}
