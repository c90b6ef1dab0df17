package civil.batch;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * The embedded engine: settles a bills file in process, streaming, in bounded memory.
 *
 * <ol>
 *   <li>The main thread reads the file in blocks of whole lines ({@value #BLOCK_BYTES} bytes at
 *       most, cut at the last newline). Every core turns blocks into chunks of primitive
 *       columns ({@link BillChunk}: each line checked as {@link BatchBill#parse} checks it), sorts
 *       them and writes them to temporary run files. A malformed line stops the run; when several
 *       are found, the first in the file is reported.
 *   <li>The runs are merged ({@link RunMerge}): the bills come back in order, each resident's
 *       together, and are settled as they pass ({@link ResidentSettler}) and written out
 *       ({@link SettledWriter}); the output needs no second sort.
 * </ol>
 *
 * <p>At most a few blocks are in memory at once, whatever the size of the file.
 */
public final class LocalEngine {
  static final int BLOCK_BYTES = 1 << 25;

  private LocalEngine() {}

  /** Settles {@code bills} into {@code out} ({@code settlements.csv}, {@code summary.json}). */
  public static Summary settle(Path bills, Path out, Policies policies) throws IOException {
    return settle(bills, out, policies, BLOCK_BYTES);
  }

  /** As {@link #settle(Path, Path, Policies)}, with blocks of {@code blockBytes} (tests use small ones to exercise the merge). */
  static Summary settle(Path bills, Path out, Policies policies, int blockBytes) throws IOException {
    long start = System.nanoTime();
    PolicyDays days = new PolicyDays(policies.registry());
    try (OutputFolder folder = new OutputFolder(out)) {
      Path spill = Files.createTempDirectory(folder.temporary().getParent(), ".civil-batch-runs-");
      try {
        List<Path> runs = runs(bills, days, spill, blockBytes);
        Summary summary = new Summary();
        try (RunMerge merge = new RunMerge(runs); OutputStream os = Files.newOutputStream(folder.file("settlements.csv"))) {
          new SettledWriter(os, days, summary).writeAll(merge);
        }
        writeSummary(folder.file("summary.json"), summary, "local", start);
        folder.commit();
        return summary;
      } finally {
        OutputFolder.deleteTree(spill);
      }
    }
  }

  /** Settles bills held in memory (a district's volume), in the order of the output. */
  public static List<SettledBill> settle(List<BatchBill> bills, Policies policies) {
    List<BatchBill> sorted = new ArrayList<>(bills);
    sorted.sort(BatchBill.ORDER);
    List<SettledBill> out = new ArrayList<>(sorted.size());
    ResidentSettler.settle(sorted, policies.registry(), out::add);
    return out;
  }

  /**
   * Reads and checks every line of {@code bills} without settling (the Spark engine's first
   * step, so that a malformed line is reported by its number).
   *
   * @return the number of bills
   */
  public static long check(Path bills, Policies policies) throws IOException {
    PolicyDays days = new PolicyDays(policies.registry());
    try (BufferedReader r = Files.newBufferedReader(bills, StandardCharsets.UTF_8)) {
      BatchBill.requireHeader(r.readLine());
      long number = 1;
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        number++;
        days.require(BatchBill.parse(line, number), number);
      }
      return number - 1;
    }
  }

  static void writeSummary(Path file, Summary summary, String engine, long startNanos) throws IOException {
    Files.writeString(file, Summary.JSON.writeValueAsString(summary.toMap(engine, (System.nanoTime() - startNanos) / 1e9))
        + "\n", StandardCharsets.UTF_8);
  }

  /** A block's run file and its number of lines. */
  private record Run(Path file, long lines) {}

  /**
   * Reads the file in blocks of whole lines and turns each, on a pool of every core, into a sorted
   * run file. The main thread only cuts blocks at their last newline; each worker counts its own
   * lines and numbers them from 1, and the numbers become the file's once the blocks before are
   * counted. A few block buffers are recycled: reading waits for a free one, so memory stays bounded.
   */
  private static List<Path> runs(Path bills, PolicyDays days, Path spill, int blockBytes) throws IOException {
    int cores = Runtime.getRuntime().availableProcessors();
    ExecutorService pool = Executors.newFixedThreadPool(cores);
    BlockingQueue<byte[]> free = new ArrayBlockingQueue<>(cores + 2);
    for (int k = 0; k < cores + 2; k++) {
      free.add(new byte[blockBytes]);
    }
    List<Future<Run>> runs = new ArrayList<>();
    try (InputStream in = Files.newInputStream(bills)) {
      byte[] buf = free.take();
      int end = 0;
      boolean header = false;
      boolean eof = false;
      while (!eof) {
        while (end < buf.length) {
          int n = in.read(buf, end, buf.length - end);
          if (n < 0) {
            eof = true;
            break;
          }
          end += n;
        }
        int from = 0;
        if (!header) {
          int nl = 0;
          while (nl < end && buf[nl] != '\n') {
            nl++;
          }
          if (nl == end && !eof) {
            buf = Arrays.copyOf(buf, buf.length * 2); // a header longer than a block: it is wrong, but say so properly
            continue;
          }
          checkHeader(buf, nl);
          header = true;
          from = Math.min(end, nl + 1);
        }
        int cut = end;
        if (!eof) {
          while (cut > from && buf[cut - 1] != '\n') {
            cut--;
          }
          if (cut == from) {
            buf = Arrays.copyOf(buf, buf.length * 2); // one line longer than a block
            continue;
          }
        }
        byte[] next = free.take();
        if (next.length < buf.length) {
          next = new byte[buf.length];
        }
        System.arraycopy(buf, cut, next, 0, end - cut);
        if (cut > from) {
          byte[] block = buf;
          int start = from;
          int stop = cut;
          Path file = spill.resolve("run-" + runs.size());
          runs.add(pool.submit(() -> run(block, start, stop, days, file, free)));
        } else {
          free.offer(buf);
        }
        end -= cut;
        buf = next;
      }
      long first = 2;
      List<Path> files = new ArrayList<>();
      for (Future<Run> f : runs) {
        try {
          Run r = f.get();
          files.add(r.file());
          first += r.lines();
        } catch (ExecutionException e) {
          if (e.getCause() instanceof MalformedInputException m) {
            throw m.shifted(first - 1);
          }
          throw e.getCause() instanceof IOException io ? io : new IOException(e.getCause());
        }
      }
      return files;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException(e);
    } finally {
      // the blocks still queued are dropped, and the ones running finish before the spill folder goes
      pool.shutdownNow();
      try {
        pool.awaitTermination(1, TimeUnit.MINUTES);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /** One block: its lines numbered from 1, checked into a chunk, sorted and written; the buffer goes back. */
  private static Run run(byte[] block, int from, int to, PolicyDays days, Path file, BlockingQueue<byte[]> free)
      throws IOException {
    int lines = 0;
    for (int p = from; p < to; p++) {
      if (block[p] == '\n') {
        lines++;
      }
    }
    if (block[to - 1] != '\n') {
      lines++; // the file's last line, without its newline
    }
    BillChunk c = new BillChunk(lines);
    try {
      long number = 1;
      int p = from;
      while (p < to) {
        int nl = p;
        while (nl < to && block[nl] != '\n') {
          nl++;
        }
        int e = nl > p && block[nl - 1] == '\r' ? nl - 1 : nl;
        c.add(block, p, e, number++, days);
        p = nl + 1;
      }
    } finally {
      free.offer(block);
    }
    c.writeRun(file);
    return new Run(file, lines);
  }

  private static void checkHeader(byte[] buf, int end) {
    int e = end > 0 && buf[end - 1] == '\r' ? end - 1 : end;
    BatchBill.requireHeader(new String(buf, 0, e, StandardCharsets.UTF_8));
  }
}
