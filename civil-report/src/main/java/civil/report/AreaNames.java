package civil.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.TreeMap;

/**
 * The names of the district and its subdistricts, for the report's labels: data
 * ({@code area-names.json}), not code. A code without a name is shown as the code.
 */
public record AreaNames(String district, Map<String, String> names) {
  public AreaNames {
    names = Map.copyOf(names);
  }

  /** 解放区 (410802) and its subdistricts. */
  public static AreaNames jiefang() {
    try (InputStream in = AreaNames.class.getResourceAsStream("area-names.json")) {
      if (in == null) {
        throw new IllegalStateException("area-names.json is missing from the classpath");
      }
      AreaNames read = new ObjectMapper().readValue(in, AreaNames.class);
      return new AreaNames(read.district(), new TreeMap<>(read.names()));
    } catch (IOException e) {
      throw new UncheckedIOException("area-names.json is unreadable", e);
    }
  }

  public String nameOf(String code) {
    return names.getOrDefault(code, code);
  }
}
