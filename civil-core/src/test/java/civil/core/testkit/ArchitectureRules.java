package civil.core.testkit;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The rules every domain module keeps (civil-core, civil-relief, civil-eldercare): no web, HTTP,
 * database or logging-backend types, no other domain module than civil-core, and Jackson only in
 * policy documents. Each module's architecture test checks its own classes with these.
 */
public final class ArchitectureRules {
  private ArchitectureRules() {}

  /** The production classes under {@code rootPackage} (tests excluded). */
  public static JavaClasses productionClasses(String rootPackage) {
    return new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
        .importPackages(rootPackage);
  }

  /**
   * The rules for the module rooted at {@code rootPackage}; {@code forbiddenModules} are the
   * root packages of modules it must not see (for civil-relief: civil.eldercare and civil.api).
   */
  public static List<ArchRule> domainModule(String rootPackage, String... forbiddenModules) {
    String[] forbidden = new String[forbiddenModules.length];
    for (int i = 0; i < forbiddenModules.length; i++) {
      forbidden[i] = forbiddenModules[i] + "..";
    }
    ArchRule noFrameworks = noClasses().that().resideInAPackage(rootPackage + "..")
        .should().dependOnClassesThat().resideInAnyPackage(
            "io.javalin..", "org.eclipse.jetty..", "jakarta.servlet..", "javax.servlet..",
            "java.sql..", "javax.sql..", "org.h2..", "org.postgresql..", "org.flywaydb..", "com.zaxxer..",
            "java.net.http..", "com.sun.net.httpserver..", "java.net..",
            "org.slf4j..", "ch.qos.logback..", "java.util.logging..", "org.apache.logging..")
        .as("domain modules use no web, HTTP, database or logging types");
    ArchRule noOtherModules = noClasses().that().resideInAPackage(rootPackage + "..")
        .should().dependOnClassesThat().resideInAnyPackage(forbidden)
        .as("a domain module depends on civil-core only");
    ArchRule jacksonOnlyForPolicies = noClasses().that().resideInAPackage(rootPackage + "..")
        .and().haveNameNotMatching(".*\\.[^.]*(Policy|Catalog|Json)[^.]*")
        .should().dependOnClassesThat().resideInAPackage("com.fasterxml.jackson..")
        .as("Jackson is used only to read policy documents");
    ArchRule noWallClock = noClasses().that().resideInAPackage(rootPackage + "..")
        .should().callMethod(java.time.LocalDate.class, "now")
        .orShould().callMethod(java.time.Instant.class, "now")
        .orShould().callMethod(System.class, "currentTimeMillis")
        .as("time is an input: no rule reads the wall clock");
    if (forbidden.length == 0) {
      return List.of(noFrameworks, jacksonOnlyForPolicies, noWallClock);
    }
    return List.of(noFrameworks, noOtherModules, jacksonOnlyForPolicies, noWallClock);
  }

  private static final Pattern PUBLIC_TYPE = Pattern.compile(
      "^\\s*public\\s+(?:(?:abstract|final|static|sealed|non-sealed)\\s+)*(?:class|interface|enum|record|@interface)\\s+(\\w+)");

  /**
   * The public types under {@code sourceRoot} (a module's {@code src/main/java}) that have no class
   * comment: a Javadoc comment before the declaration and its annotations. Every public type says
   * what it is for; a test asserts the list is empty.
   */
  public static List<String> publicTypesWithoutClassComment(Path sourceRoot) throws IOException {
    List<String> missing = new ArrayList<>();
    try (Stream<Path> files = Files.walk(sourceRoot)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
        List<String> lines = Files.readAllLines(file);
        for (int i = 0; i < lines.size(); i++) {
          Matcher m = PUBLIC_TYPE.matcher(lines.get(i));
          if (!m.find()) {
            continue;
          }
          int j = i - 1;
          // step back over the declaration's annotations, which may span lines
          while (j >= 0 && !lines.get(j).isBlank() && !lines.get(j).trim().endsWith("*/")
              && !lines.get(j).trim().endsWith(";") && !lines.get(j).trim().endsWith("{")
              && !lines.get(j).trim().endsWith("}")) {
            j--;
          }
          if (j < 0 || !lines.get(j).trim().endsWith("*/")) {
            missing.add(sourceRoot.relativize(file) + ":" + (i + 1) + " " + m.group(1));
          }
        }
      }
    }
    return missing;
  }
}
