package civil.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import civil.core.testkit.ArchitectureRules;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class DocumentationTest {
  @Test
  void everyPublicTypeSaysWhatItIsFor() throws IOException {
    assertEquals(List.of(), ArchitectureRules.publicTypesWithoutClassComment(Path.of("src/main/java")));
  }
}
