package civil.village;

import static org.junit.jupiter.api.Assertions.assertEquals;

import civil.core.testkit.ArchitectureRules;
import com.tngtech.archunit.core.domain.JavaClasses;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArchitectureTest {
  @Test
  void villageUsesNoFrameworkAndNoOtherDomain() {
    JavaClasses classes = ArchitectureRules.productionClasses("civil.village");
    ArchitectureRules.domainModule("civil.village", "civil.relief", "civil.eldercare", "civil.api")
        .forEach(rule -> rule.check(classes));
  }

  @Test
  void everyPublicTypeSaysWhatItIsFor() throws IOException {
    assertEquals(List.of(), ArchitectureRules.publicTypesWithoutClassComment(Path.of("src/main/java")));
  }
}
