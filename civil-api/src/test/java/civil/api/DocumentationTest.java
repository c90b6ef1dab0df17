package civil.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import civil.api.http.Role;
import civil.api.http.Route;
import civil.api.testing.TestServer;
import civil.core.testkit.ArchitectureRules;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class DocumentationTest {
  private static final Path API_GUIDE = Path.of("../docs/http-api.md");
  private static final String START = "<!-- routes: generated from the route table; DocumentationTest keeps it true -->";
  private static final String END = "<!-- end of routes -->";

  @Test
  void everyPublicTypeSaysWhatItIsFor() throws IOException {
    assertEquals(List.of(), ArchitectureRules.publicTypesWithoutClassComment(Path.of("src/main/java")));
  }

  /** The guide's table of routes and roles is the route table itself (run with -Dcivil.writeDocs=true to rewrite it). */
  @Test
  void theApiGuideListsEveryRouteWithItsRoles() throws IOException {
    String table;
    try (TestServer server = TestServer.start()) {
      table = table(server.server().routes().routes());
    }
    String guide = Files.readString(API_GUIDE, StandardCharsets.UTF_8);
    int start = guide.indexOf(START);
    int end = guide.indexOf(END);
    String written = guide.substring(start + START.length(), end);
    if (Boolean.getBoolean("civil.writeDocs")) {
      Files.writeString(API_GUIDE, guide.substring(0, start + START.length()) + table + guide.substring(end),
          StandardCharsets.UTF_8);
      return;
    }
    assertEquals(table, written);
  }

  /** README and docs link only to files of the repository, and every link resolves. */
  @Test
  void theDocumentationLinksOnlyToFilesInTheRepository() throws IOException {
    Path root = Path.of("..").toAbsolutePath().normalize();
    List<Path> pages = new ArrayList<>(List.of(root.resolve("README.md")));
    try (Stream<Path> docs = Files.list(root.resolve("docs"))) {
      docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(pages::add);
    }
    List<String> broken = new ArrayList<>();
    Pattern link = Pattern.compile("\\]\\(([^)\\s]+)\\)");
    for (Path page : pages) {
      Matcher m = link.matcher(Files.readString(page, StandardCharsets.UTF_8));
      while (m.find()) {
        String target = m.group(1).replaceFirst("#.*$", "");
        if (target.isEmpty() || target.startsWith("https://")) {
          continue;
        }
        Path resolved = page.getParent().resolve(target).normalize();
        if (!resolved.startsWith(root) || !Files.exists(resolved)) {
          broken.add(root.relativize(page) + " → " + m.group(1));
        }
      }
    }
    assertEquals(List.of(), broken);
    assertTrue(pages.size() >= 7, pages.toString());
  }

  private static String table(List<Route> routes) {
    StringBuilder out = new StringBuilder("\n\n| method | path | who may call it | what it does |\n|---|---|---|---|\n");
    for (Route r : routes) {
      String roles = r.roles().isEmpty() ? "anyone (no token)"
          : r.roles().stream().sorted().map(Role::name).collect(Collectors.joining(", "));
      out.append("| ").append(r.method().name()).append(" | `").append(r.path()).append("` | ").append(roles)
          .append(" | ").append(r.summary().replace("|", "\\|")).append(" |\n");
    }
    return out.append('\n').toString();
  }
}
