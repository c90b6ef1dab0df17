package civil.benchmarks;

import civil.core.identity.AreaCode;
import civil.eldercare.volunteer.CommunityAdjacency;
import civil.eldercare.volunteer.Need;
import civil.eldercare.volunteer.ServiceDomain;
import civil.eldercare.volunteer.Slot;
import civil.eldercare.volunteer.Volunteer;
import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Matching instances in the JSON shape of {@code POST /api/v1/volunteer-matchings}: read them,
 * and generate them with a fixed seed.
 *
 * <p>A generated city has {@code elders} needs, about 1.2 volunteers per elder, 50 communities
 * per 10,000 elders grouped in neighbourhoods of five (each community adjacent to two or three
 * others of its neighbourhood, none outside it), volunteers offering 1-3 domains in 3-8 slots
 * with capacity 1-3, and needs for 1-2 domains in 2-5 slots asking for 1 (60%), 2 (25%) or 3-5
 * (15%) volunteers.
 */
public final class MatchingInstances {
  /** A parsed instance. */
  public record Instance(List<Volunteer> volunteers, List<Need> needs, CommunityAdjacency adjacency) {}

  private MatchingInstances() {}

  public static Instance read(File file) throws IOException {
    JsonNode root = new ObjectMapper().readTree(file);
    List<Volunteer> volunteers = new ArrayList<>();
    for (JsonNode v : root.get("volunteers")) {
      volunteers.add(Volunteer.of(v.get("id").asText(), AreaCode.parse(v.get("community").asText()),
          domains(v.get("skills")), slots(v.get("slots")), v.get("capacity").asInt()));
    }
    List<Need> needs = new ArrayList<>();
    for (JsonNode n : root.get("needs")) {
      needs.add(Need.of(n.get("elderId").asText(), AreaCode.parse(n.get("community").asText()),
          domains(n.get("domains")), slots(n.get("slots")), n.get("volunteersNeeded").asInt()));
    }
    List<List<AreaCode>> pairs = new ArrayList<>();
    for (JsonNode p : root.get("adjacency")) {
      pairs.add(List.of(AreaCode.parse(p.get(0).asText()), AreaCode.parse(p.get(1).asText())));
    }
    return new Instance(volunteers, needs, CommunityAdjacency.of(pairs));
  }

  private static Set<ServiceDomain> domains(JsonNode array) {
    Set<ServiceDomain> set = EnumSet.noneOf(ServiceDomain.class);
    array.forEach(d -> set.add(ServiceDomain.valueOf(d.asText())));
    return set;
  }

  private static Set<Slot> slots(JsonNode array) {
    Set<Slot> set = EnumSet.noneOf(Slot.class);
    array.forEach(s -> set.add(Slot.valueOf(s.asText())));
    return set;
  }

  /** Writes a generated city of {@code elders} elders to {@code file}, from {@code seed}. */
  public static void generate(int elders, long seed, File file) throws IOException {
    SplittableRandom random = new SplittableRandom(seed);
    int communities = Math.max(5, (elders * 50 + 9_999) / 10_000);
    communities = (communities + 4) / 5 * 5;
    String[] codes = new String[communities];
    for (int c = 0; c < communities; c++) {
      codes[c] = String.format("410802%03d%03d", c / 5 + 1, c % 5 + 1);
    }
    try (JsonGenerator g = new ObjectMapper().getFactory().createGenerator(file, JsonEncoding.UTF8)) {
      g.writeStartObject();
      g.writeArrayFieldStart("volunteers");
      int volunteers = elders * 6 / 5;
      for (int i = 0; i < volunteers; i++) {
        g.writeStartObject();
        g.writeStringField("id", String.format("V%07d", i + 1));
        g.writeStringField("community", codes[random.nextInt(communities)]);
        writeEnums(g, "skills", ServiceDomain.values(), 1 + random.nextInt(3), random);
        writeEnums(g, "slots", Slot.values(), 3 + random.nextInt(6), random);
        int r = random.nextInt(10);
        g.writeNumberField("capacity", r < 5 ? 1 : r < 8 ? 2 : 3);
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeArrayFieldStart("needs");
      for (int i = 0; i < elders; i++) {
        g.writeStartObject();
        g.writeStringField("elderId", String.format("E%07d", i + 1));
        g.writeStringField("community", codes[random.nextInt(communities)]);
        writeEnums(g, "domains", ServiceDomain.values(), 1 + random.nextInt(2), random);
        writeEnums(g, "slots", Slot.values(), 2 + random.nextInt(4), random);
        int r = random.nextInt(20);
        g.writeNumberField("volunteersNeeded", r < 12 ? 1 : r < 17 ? 2 : 3 + random.nextInt(3));
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeArrayFieldStart("adjacency");
      for (int n = 0; n < communities; n += 5) {
        // a ring of five, and one chord: every community has two or three neighbours
        for (int k = 0; k < 5; k++) {
          writePair(g, codes[n + k], codes[n + (k + 1) % 5]);
        }
        writePair(g, codes[n], codes[n + 2]);
      }
      g.writeEndArray();
      g.writeEndObject();
    }
  }

  private static <E extends Enum<E>> void writeEnums(JsonGenerator g, String field, E[] values, int count,
      SplittableRandom random) throws IOException {
    List<E> pool = new ArrayList<>(List.of(values));
    List<E> chosen = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      chosen.add(pool.remove(random.nextInt(pool.size())));
    }
    chosen.sort(null);
    g.writeArrayFieldStart(field);
    for (E e : chosen) {
      g.writeString(e.name());
    }
    g.writeEndArray();
  }

  private static void writePair(JsonGenerator g, String a, String b) throws IOException {
    g.writeStartArray();
    g.writeString(a);
    g.writeString(b);
    g.writeEndArray();
  }
}
