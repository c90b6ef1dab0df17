package civil.batch;

import civil.core.policy.PolicyDocuments;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Shared helpers of the batch tests. */
final class BatchFixtures {
  private BatchFixtures() {}

  /** The shipped policy document with one category's aid ratio changed (and a version label of its own). */
  static String policyWithAidRatio(String category, String ratio, String effectiveFrom) {
    try (InputStream in = civil.relief.medical.MedicalAidPolicy.class.getResourceAsStream("medical-aid-policy-2026.json")) {
      ObjectMapper mapper = PolicyDocuments.strictMapper();
      ObjectNode doc = (ObjectNode) mapper.readTree(in);
      doc.put("version", "draft-" + category + "-" + ratio);
      doc.put("effectiveFrom", effectiveFrom);
      for (JsonNode c : doc.get("medicalAid").get("categories")) {
        if (c.get("category").asText().equals(category)) {
          ((ObjectNode) c).put("ratio", ratio);
        }
      }
      return mapper.writeValueAsString(doc);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** What a folder's parent holds besides the given names (to see that nothing was left behind). */
  static long entries(Path folder) {
    try (Stream<Path> s = Files.list(folder)) {
      return s.count();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
