package civil.benchmarks;

import civil.core.identity.AreaCode;
import civil.eldercare.testkit.Cities;
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

/**
 * Matching instances in the JSON shape of {@code POST /api/v1/volunteer-matchings}: read them,
 * and generate them with a fixed seed.
 *
 * <p>Generated cities come from the eldercare testkit's {@link Cities}, written here as files.
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

  /** Writes {@code city} to {@code file} in the request's JSON shape. */
  public static void write(Cities.City city, File file) throws IOException {
    try (JsonGenerator g = new ObjectMapper().getFactory().createGenerator(file, JsonEncoding.UTF8)) {
      g.writeStartObject();
      g.writeArrayFieldStart("volunteers");
      for (Volunteer v : city.volunteers()) {
        g.writeStartObject();
        g.writeStringField("id", v.id());
        g.writeStringField("community", v.community().value());
        writeEnums(g, "skills", v.skills());
        writeEnums(g, "slots", v.slots());
        g.writeNumberField("capacity", v.capacity());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeArrayFieldStart("needs");
      for (Need n : city.needs()) {
        g.writeStartObject();
        g.writeStringField("elderId", n.elderId());
        g.writeStringField("community", n.community().value());
        writeEnums(g, "domains", n.domains());
        writeEnums(g, "slots", n.slots());
        g.writeNumberField("volunteersNeeded", n.volunteersNeeded());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeArrayFieldStart("adjacency");
      for (List<AreaCode> p : city.pairs()) {
        g.writeStartArray();
        g.writeString(p.get(0).value());
        g.writeString(p.get(1).value());
        g.writeEndArray();
      }
      g.writeEndArray();
      g.writeEndObject();
    }
  }

  private static void writeEnums(JsonGenerator g, String field, Set<? extends Enum<?>> values) throws IOException {
    g.writeArrayFieldStart(field);
    for (Enum<?> e : values) {
      g.writeString(e.name());
    }
    g.writeEndArray();
  }
}
