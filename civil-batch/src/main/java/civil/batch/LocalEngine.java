package civil.batch;

import civil.core.identity.ResidentId;
import civil.relief.medical.AidCategory;
import civil.relief.medical.CareType;
import civil.relief.medical.HospitalLevel;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.PriorityQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * The embedded engine: settles a bills file in process, streaming, in bounded memory.
 *
 * <ol>
 *   <li>Read and check every line (a malformed one stops the run, naming its number and field);
 *       bills are gathered in chunks of {@value #CHUNK}; each full chunk is sorted in
 *       {@link BatchBill#ORDER} and written to a temporary run file by a pool of all cores while
 *       reading goes on.
 *   <li>Merge the runs: the bills come back in order, each resident's together.
 *   <li>Settle each resident as its bills pass ({@link ResidentSettler}) and write the lines:
 *       the output is in the required order without a second sort.
 * </ol>
 *
 * <p>At most a few chunks of bills are in memory at once, whatever the size of the file.
 */
public final class LocalEngine {
  static final int CHUNK = 1 << 19;

  private LocalEngine() {}

  /** Settles {@code bills} into {@code out} ({@code settlements.csv}, {@code summary.json}). */
  public static Summary settle(Path bills, Path out, Policies policies) throws IOException {
    return settle(bills, out, policies, CHUNK);
  }

  /** As {@link #settle(Path, Path, Policies)}, with chunks of {@code chunk} bills (tests use small ones to exercise the merge). */
  static Summary settle(Path bills, Path out, Policies policies, int chunk) throws IOException {
    long start = System.nanoTime();
    try (OutputFolder folder = new OutputFolder(out)) {
      Path spill = Files.createTempDirectory(folder.temporary().getParent(), ".civil-batch-runs-");
      try {
        Summary summary = new Summary();
        try (Sorted sorted = sort(bills, policies, spill, chunk);
            Writer w = Files.newBufferedWriter(folder.file("settlements.csv"), StandardCharsets.UTF_8)) {
          w.write(SettledBill.HEADER);
          w.write('\n');
          settleInOrder(sorted, policies, s -> {
            try {
              w.write(s.line());
              w.write('\n');
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
            summary.add(s);
          });
        }
        writeSummary(folder.file("summary.json"), summary, "local", start);
        folder.commit();
        return summary;
      } finally {
        OutputFolder.deleteTree(spill);
      }
    }
  }

  /** Line {@code number} read and checked, a policy in force on its day included. */
  private static BatchBill checked(String line, long number, Policies policies) {
    BatchBill b = BatchBill.parse(line, number);
    if (policies.registry().find(b.settledOn()).isEmpty()) {
      throw new MalformedInputException(number, "settledOn", "no medical-aid policy is in force on " + b.settledOn());
    }
    return b;
  }

  /** Settles bills held in memory (a district's volume), in the order of the output. */
  public static List<SettledBill> settle(List<BatchBill> bills, Policies policies) {
    List<BatchBill> sorted = new ArrayList<>(bills);
    sorted.sort(BatchBill.ORDER);
    List<SettledBill> out = new ArrayList<>(sorted.size());
    settleInOrder(sorted.iterator(), policies, out::add);
    return out;
  }

  /**
   * Reads and checks every line of {@code bills} without settling (the Spark engine's first
   * step, so that a malformed line is reported by its number).
   *
   * @return the number of bills
   */
  public static long check(Path bills, Policies policies) throws IOException {
    long[] count = {0};
    read(bills, policies, b -> count[0]++);
    return count[0];
  }

  static void writeSummary(Path file, Summary summary, String engine, long startNanos) throws IOException {
    Files.writeString(file, Summary.JSON.writeValueAsString(summary.toMap(engine, (System.nanoTime() - startNanos) / 1e9))
        + "\n", StandardCharsets.UTF_8);
  }

  private static void settleInOrder(Iterator<BatchBill> bills, Policies policies, Consumer<SettledBill> out) {
    List<BatchBill> resident = new ArrayList<>();
    while (bills.hasNext()) {
      BatchBill b = bills.next();
      if (!resident.isEmpty() && !resident.get(0).residentId().equals(b.residentId())) {
        ResidentSettler.settle(resident, policies.registry(), out);
        resident.clear();
      }
      resident.add(b);
    }
    if (!resident.isEmpty()) {
      ResidentSettler.settle(resident, policies.registry(), out);
    }
  }

  private static void read(Path bills, Policies policies, Consumer<BatchBill> sink) throws IOException {
    try (BufferedReader r = Files.newBufferedReader(bills, StandardCharsets.UTF_8)) {
      String header = r.readLine();
      if (header == null || !header.equals(BatchBill.HEADER)) {
        throw new MalformedInputException(1, "header", "must be " + BatchBill.HEADER);
      }
      long number = 1;
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        sink.accept(checked(line, ++number, policies));
      }
    }
  }

  /** A checked, sorted chunk: spilled to a run file, or (the last one) kept in memory. */
  private record Chunk(List<BatchBill> bills, Path run) {}

  /**
   * The bills of the file in order. The main thread reads lines; every core parses, checks and
   * sorts a chunk of them and spills it to a run file (the last chunk stays in memory); the runs
   * are then merged. When several chunks hold malformed lines, the first line in the file is the
   * one reported.
   */
  private static Sorted sort(Path bills, Policies policies, Path spill, int size) throws IOException {
    int cores = Runtime.getRuntime().availableProcessors();
    ExecutorService pool = Executors.newFixedThreadPool(cores);
    List<Future<Chunk>> chunks = new ArrayList<>();
    try (BufferedReader r = Files.newBufferedReader(bills, StandardCharsets.UTF_8)) {
      String header = r.readLine();
      if (header == null || !header.equals(BatchBill.HEADER)) {
        throw new MalformedInputException(1, "header", "must be " + BatchBill.HEADER);
      }
      long number = 1;
      List<String> lines = new ArrayList<>();
      long first = 2;
      for (String line = r.readLine(); ; line = r.readLine()) {
        if (line != null) {
          lines.add(line);
          number++;
        }
        if (lines.size() == size || (line == null && (!lines.isEmpty() || chunks.isEmpty()))) {
          if (chunks.size() >= cores) {
            awaitChunk(chunks.get(chunks.size() - cores)); // at most one chunk per core waits: memory stays bounded
          }
          List<String> full = lines;
          long from = first;
          Path run = line == null ? null : spill.resolve("run-" + chunks.size());
          chunks.add(pool.submit(() -> chunk(full, from, policies, run)));
          lines = new ArrayList<>();
          first = number + 1;
        }
        if (line == null) {
          break;
        }
      }
      List<Path> files = new ArrayList<>();
      List<BatchBill> last = List.of();
      MalformedInputException earliest = null;
      for (Future<Chunk> f : chunks) {
        try {
          Chunk c = f.get();
          if (c.run() != null) {
            files.add(c.run());
          } else {
            last = c.bills();
          }
        } catch (ExecutionException e) {
          if (e.getCause() instanceof MalformedInputException m) {
            earliest = earliest == null || m.line() < earliest.line() ? m : earliest;
          } else {
            throw e.getCause() instanceof IOException io ? io : new IOException(e.getCause());
          }
        }
      }
      if (earliest != null) {
        throw earliest;
      }
      return new Sorted(files, last.iterator());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException(e);
    } finally {
      pool.shutdownNow();
    }
  }

  private static Chunk chunk(List<String> lines, long first, Policies policies, Path run) throws IOException {
    List<BatchBill> bills = new ArrayList<>(lines.size());
    long number = first;
    for (String line : lines) {
      bills.add(checked(line, number++, policies));
    }
    bills.sort(BatchBill.ORDER);
    if (run == null) {
      return new Chunk(bills, null);
    }
    writeRun(bills, run);
    return new Chunk(null, run);
  }

  private static void awaitChunk(Future<Chunk> chunk) {
    try {
      chunk.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } catch (ExecutionException e) {
      // reported with the others once the file is read
    }
  }

  private static Path writeRun(List<BatchBill> bills, Path file) throws IOException {
    bills.sort(BatchBill.ORDER);
    try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16))) {
      for (BatchBill b : bills) {
        out.writeUTF(b.billId());
        out.writeUTF(b.hospitalCode());
        out.writeUTF(b.residentId().value());
        out.writeByte(b.hospitalLevel().ordinal());
        out.writeByte(b.careType().ordinal());
        out.writeInt((int) b.settledOn().toEpochDay());
        out.writeLong(b.totalFen());
        out.writeLong(b.inScopeFen());
        out.writeByte(b.aidCategory().ordinal());
      }
    }
    return file;
  }

  /** A k-way merge of sorted runs (and the last chunk, in memory). */
  private static final class Sorted implements Iterator<BatchBill>, AutoCloseable {
    private static final HospitalLevel[] LEVELS = HospitalLevel.values();
    private static final CareType[] CARE = CareType.values();
    private static final AidCategory[] CATEGORIES = AidCategory.values();

    private record Head(BatchBill bill, int source) {}

    private final List<DataInputStream> inputs = new ArrayList<>();
    private final Iterator<BatchBill> memory;
    private final PriorityQueue<Head> heads = new PriorityQueue<>((a, b) -> {
      int c = BatchBill.ORDER.compare(a.bill, b.bill);
      return c != 0 ? c : Integer.compare(a.source, b.source);
    });

    Sorted(List<Path> runs, Iterator<BatchBill> memory) throws IOException {
      this.memory = memory;
      for (Path p : runs) {
        inputs.add(new DataInputStream(new BufferedInputStream(Files.newInputStream(p), 1 << 16)));
      }
      for (int i = 0; i <= inputs.size(); i++) {
        advance(i);
      }
    }

    private void advance(int source) {
      BatchBill next;
      if (source == inputs.size()) {
        next = memory.hasNext() ? memory.next() : null;
      } else {
        next = readRun(inputs.get(source));
      }
      if (next != null) {
        heads.add(new Head(next, source));
      }
    }

    private static BatchBill readRun(DataInputStream in) {
      try {
        String billId;
        try {
          billId = in.readUTF();
        } catch (EOFException end) {
          return null;
        }
        return new BatchBill(billId, in.readUTF(), ResidentId.parse(in.readUTF()), LEVELS[in.readByte()], CARE[in.readByte()],
            LocalDate.ofEpochDay(in.readInt()), in.readLong(), in.readLong(), CATEGORIES[in.readByte()]);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    @Override
    public boolean hasNext() {
      return !heads.isEmpty();
    }

    @Override
    public BatchBill next() {
      Head h = heads.poll();
      if (h == null) {
        throw new NoSuchElementException();
      }
      advance(h.source);
      return h.bill;
    }

    @Override
    public void close() throws IOException {
      for (DataInputStream in : inputs) {
        in.close();
      }
    }
  }
}
