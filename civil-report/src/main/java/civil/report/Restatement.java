package civil.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What changed in a report since it was published (重述): every figure whose value differs between
 * the published report and the report now, found by walking both JSON documents side by side.
 * A path names an object's fields with dots and a list's entries by index
 * ({@code socialRelief.roundsPaid.bySubdistrict[2].amountFen}); a figure present on one side only
 * is listed with {@code null} on the other. The instant a report stands at ({@code asOf}) is not
 * a figure and is never listed.
 */
public final class Restatement {
  private Restatement() {}

  /** One figure that differs: its path, its value as published and its value now. */
  public record Change(String path, JsonNode published, JsonNode now) {}

  /** The figures that differ between {@code published} and {@code now}, in the documents' order. */
  public static List<Change> between(JsonNode published, JsonNode now) {
    List<Change> changes = new ArrayList<>();
    walk("", published, now, changes);
    return changes;
  }

  /** Equal values; numbers by their value, whatever their width in the tree (5 as an int is 5 as a long). */
  private static boolean same(JsonNode x, JsonNode y) {
    if (x.isNumber() && y.isNumber()) {
      return x.decimalValue().compareTo(y.decimalValue()) == 0;
    }
    return x.equals(y);
  }

  private static void walk(String path, JsonNode a, JsonNode b, List<Change> out) {
    JsonNode x = a == null ? NullNode.getInstance() : a;
    JsonNode y = b == null ? NullNode.getInstance() : b;
    if (x.isObject() && y.isObject()) {
      Set<String> names = new LinkedHashSet<>();
      x.fieldNames().forEachRemaining(names::add);
      for (Iterator<String> it = y.fieldNames(); it.hasNext(); ) {
        names.add(it.next());
      }
      for (String name : names) {
        if (path.isEmpty() && name.equals("asOf")) {
          continue;
        }
        walk(path.isEmpty() ? name : path + "." + name, x.get(name), y.get(name), out);
      }
    } else if (x.isArray() && y.isArray()) {
      for (int i = 0; i < Math.max(x.size(), y.size()); i++) {
        walk(path + "[" + i + "]", x.get(i), y.get(i), out);
      }
    } else if (!same(x, y)) {
      out.add(new Change(path, x, y));
    }
  }
}
