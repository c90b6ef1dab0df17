package civil.eldercare;

import civil.core.testkit.ArchitectureRules;
import com.tngtech.archunit.core.domain.JavaClasses;
import org.junit.jupiter.api.Test;

class ArchitectureTest {
  @Test
  void eldercareUsesNoFrameworkAndDoesNotSeeRelief() {
    JavaClasses classes = ArchitectureRules.productionClasses("civil.eldercare");
    ArchitectureRules.domainModule("civil.eldercare", "civil.relief", "civil.api").forEach(rule -> rule.check(classes));
  }
}
