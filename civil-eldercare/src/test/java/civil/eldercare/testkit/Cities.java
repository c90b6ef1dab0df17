package civil.eldercare.testkit;

import civil.core.identity.AreaCode;
import civil.eldercare.volunteer.CommunityAdjacency;
import civil.eldercare.volunteer.Need;
import civil.eldercare.volunteer.ServiceDomain;
import civil.eldercare.volunteer.Slot;
import civil.eldercare.volunteer.Volunteer;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Whole cities of volunteers and elders for matching, generated from a seed (the same seed, the
 * same city). Records follow one recipe in both layouts: about 1.2 volunteers per elder offering 1-3
 * domains in 3-8 slots with capacity 1 (50%), 2 (30%) or 3 (20%); needs for 1-2 domains in 2-5
 * slots asking for 1 (60%), 2 (25%) or 3-5 (15%) volunteers; everyone in a community drawn
 * uniformly.
 *
 * <ul>
 *   <li>{@link Layout#CONNECTED}: one community per six elders on a grid, rows as subdistricts;
 *       each community borders the next in its row and in its column, and half of them also the
 *       one diagonally below: one connected map, four to six neighbours each, no isolated group.
 *       About 35 candidate volunteers per elder.
 *   <li>{@link Layout#ISLANDS}: 50 communities per 10,000 elders in neighbourhoods of five (a ring
 *       and a chord), none bordering another neighbourhood: thousands of independent problems.
 * </ul>
 *
 * <p>Plain Java on purpose, so that the benchmark harness can write these cities to files.
 */
public final class Cities {
  /** How the communities border each other. */
  public enum Layout {
    CONNECTED,
    ISLANDS
  }

  /** A generated city: its records and its adjacency pairs. */
  public record City(List<Volunteer> volunteers, List<Need> needs, List<List<AreaCode>> pairs) {
    public CommunityAdjacency adjacency() {
      return CommunityAdjacency.of(pairs);
    }
  }

  private Cities() {}

  public static City generate(Layout layout, int elders, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    List<AreaCode> codes = new ArrayList<>();
    List<List<AreaCode>> pairs = new ArrayList<>();
    if (layout == Layout.CONNECTED) {
      int communities = Math.max(4, (elders + 5) / 6);
      int width = Math.max(2, (int) Math.ceil(Math.sqrt(communities)));
      int rows = (communities + width - 1) / width;
      AreaCode[][] grid = new AreaCode[rows][width];
      for (int r = 0; r < rows; r++) {
        for (int c = 0; c < width; c++) {
          grid[r][c] = AreaCode.parse(String.format("4108%02d%03d%03d", 2 + r / 999, r % 999 + 1, c + 1));
          codes.add(grid[r][c]);
        }
      }
      for (int r = 0; r < rows; r++) {
        for (int c = 0; c < width; c++) {
          if (c + 1 < width) {
            pairs.add(List.of(grid[r][c], grid[r][c + 1]));
          }
          if (r + 1 < rows) {
            pairs.add(List.of(grid[r][c], grid[r + 1][c]));
            if (c + 1 < width && random.nextBoolean()) {
              pairs.add(List.of(grid[r][c], grid[r + 1][c + 1]));
            }
          }
        }
      }
    } else {
      int communities = Math.max(5, (elders * 50 + 9_999) / 10_000);
      communities = (communities + 4) / 5 * 5;
      for (int c = 0; c < communities; c++) {
        codes.add(AreaCode.parse(String.format("410802%03d%03d", c / 5 + 1, c % 5 + 1)));
      }
      for (int n = 0; n < communities; n += 5) {
        for (int k = 0; k < 5; k++) {
          pairs.add(List.of(codes.get(n + k), codes.get(n + (k + 1) % 5)));
        }
        pairs.add(List.of(codes.get(n), codes.get(n + 2)));
      }
    }
    List<Volunteer> volunteers = new ArrayList<>();
    int volunteerCount = elders * 6 / 5;
    for (int i = 0; i < volunteerCount; i++) {
      AreaCode community = codes.get(random.nextInt(codes.size()));
      Set<ServiceDomain> skills = pick(ServiceDomain.class, 1 + random.nextInt(3), random);
      Set<Slot> slots = pick(Slot.class, 3 + random.nextInt(6), random);
      int r = random.nextInt(10);
      volunteers.add(Volunteer.of(String.format("V%07d", i + 1), community, skills, slots, r < 5 ? 1 : r < 8 ? 2 : 3));
    }
    List<Need> needs = new ArrayList<>();
    for (int i = 0; i < elders; i++) {
      AreaCode community = codes.get(random.nextInt(codes.size()));
      Set<ServiceDomain> domains = pick(ServiceDomain.class, 1 + random.nextInt(2), random);
      Set<Slot> slots = pick(Slot.class, 2 + random.nextInt(4), random);
      int r = random.nextInt(20);
      needs.add(Need.of(String.format("E%07d", i + 1), community, domains, slots,
          r < 12 ? 1 : r < 17 ? 2 : 3 + random.nextInt(3)));
    }
    return new City(volunteers, needs, pairs);
  }

  private static <E extends Enum<E>> Set<E> pick(Class<E> type, int count, SplittableRandom random) {
    List<E> pool = new ArrayList<>(List.of(type.getEnumConstants()));
    Set<E> chosen = EnumSet.noneOf(type);
    for (int i = 0; i < count; i++) {
      chosen.add(pool.remove(random.nextInt(pool.size())));
    }
    return chosen;
  }
}
