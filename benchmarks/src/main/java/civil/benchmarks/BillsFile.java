package civil.benchmarks;

import civil.batch.testkit.BillFiles;
import java.nio.file.Path;

/**
 * Writes a generated bills file for civil-batch: {@code BillsFile <file> <bills> <residents> <years> <seed>}
 * (see {@link BillFiles}; the same arguments, the same file).
 */
public final class BillsFile {
  private BillsFile() {}

  public static void main(String[] args) throws Exception {
    if (args.length != 5) {
      System.err.println("usage: BillsFile <file> <bills> <residents> <years> <seed>");
      System.exit(2);
    }
    BillFiles.write(Path.of(args[0]), Long.parseLong(args[1]), Integer.parseInt(args[2]), Integer.parseInt(args[3]),
        Long.parseLong(args[4]));
  }
}
