package civil.core;

import civil.core.testkit.ArchitectureRules;
import com.tngtech.archunit.core.domain.JavaClasses;
import org.junit.jupiter.api.Test;

class ArchitectureTest {
  @Test
  void coreUsesNoFrameworkAndNoOtherModule() {
    JavaClasses classes = ArchitectureRules.productionClasses("civil.core");
    ArchitectureRules.domainModule("civil.core", "civil.relief", "civil.eldercare", "civil.api")
        .forEach(rule -> rule.check(classes));
  }
}
