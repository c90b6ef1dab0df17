package civil.batch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * An output folder written all at once: files go to a temporary folder beside it, which becomes
 * the folder only when the run succeeds ({@link #commit}); a failed run leaves the folder as it was.
 * The folder must not exist or be empty.
 */
final class OutputFolder implements AutoCloseable {
  private final Path target;
  private final Path temporary;
  private boolean committed;

  OutputFolder(Path target) {
    this.target = target.toAbsolutePath().normalize();
    try {
      if (Files.exists(this.target) && !isEmptyDirectory(this.target)) {
        throw new IllegalArgumentException("the output folder " + target + " exists and is not empty");
      }
      Path parent = this.target.getParent();
      Files.createDirectories(parent);
      temporary = Files.createTempDirectory(parent, "." + this.target.getFileName() + ".partial-");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  Path file(String name) {
    return temporary.resolve(name);
  }

  Path temporary() {
    return temporary;
  }

  void commit() throws IOException {
    if (Files.exists(target)) {
      Files.delete(target); // empty, checked above
    }
    Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
    committed = true;
  }

  @Override
  public void close() {
    if (!committed) {
      deleteTree(temporary);
    }
  }

  static void deleteTree(Path root) {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(root)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> {
        try {
          Files.deleteIfExists(p);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static boolean isEmptyDirectory(Path p) throws IOException {
    if (!Files.isDirectory(p)) {
      return false;
    }
    try (DirectoryStream<Path> d = Files.newDirectoryStream(p)) {
      return !d.iterator().hasNext();
    }
  }
}
