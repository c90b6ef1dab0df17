package civil.relief;

import civil.core.testkit.ArchitectureRules;
import com.tngtech.archunit.core.domain.JavaClasses;
import org.junit.jupiter.api.Test;

class ArchitectureTest {
  @Test
  void reliefUsesNoFrameworkAndDoesNotSeeEldercare() {
    JavaClasses classes = ArchitectureRules.productionClasses("civil.relief");
    ArchitectureRules.domainModule("civil.relief", "civil.eldercare", "civil.api")
        .forEach(rule -> rule.check(classes));
  }
}
