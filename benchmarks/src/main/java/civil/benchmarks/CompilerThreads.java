package civil.benchmarks;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The processor time of this JVM's JIT compiler threads, read from Linux's {@code /proc} (the
 * JVM's own management beans do not see those threads). A harness uses it to let the compiling
 * left over from reading its input finish before it times a solve, and to say how much compiling
 * the solve itself caused. Elsewhere than Linux it reads nothing and waits for nothing.
 */
final class CompilerThreads {
  private static final Path TASKS = Path.of("/proc/self/task");
  private static final long TICK_MS = 10; // Linux reports thread times in clock ticks of 10 ms

  private CompilerThreads() {}

  /** Milliseconds of processor time the compiler threads have used so far; -1 if unknown. */
  static long cpuMillis() {
    if (!Files.isDirectory(TASKS)) {
      return -1;
    }
    long ticks = 0;
    try (DirectoryStream<Path> tasks = Files.newDirectoryStream(TASKS)) {
      for (Path task : tasks) {
        try {
          if (!Files.readString(task.resolve("comm")).contains("CompilerThre")) {
            continue;
          }
          String stat = Files.readString(task.resolve("stat"));
          // fields after the command's closing parenthesis: state is the first, utime the 12th, stime the 13th
          String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
          ticks += Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        } catch (IOException | RuntimeException gone) {
          // a compiler thread that ended meanwhile
        }
      }
    } catch (IOException e) {
      return -1;
    }
    return ticks * TICK_MS;
  }

  /**
   * Waits until the compiler threads have used no processor time for {@code quietMillis}, or
   * {@code maxMillis} have passed; answers how long it waited.
   */
  static long awaitIdle(long quietMillis, long maxMillis) throws InterruptedException {
    long start = System.nanoTime();
    long last = cpuMillis();
    if (last < 0) {
      return 0;
    }
    long quietSince = start;
    while (true) {
      Thread.sleep(20);
      long now = System.nanoTime();
      long used = cpuMillis();
      if (used != last) {
        last = used;
        quietSince = now;
      } else if ((now - quietSince) / 1_000_000 >= quietMillis) {
        return (now - start) / 1_000_000;
      }
      if ((now - start) / 1_000_000 >= maxMillis) {
        return (now - start) / 1_000_000;
      }
    }
  }
}
