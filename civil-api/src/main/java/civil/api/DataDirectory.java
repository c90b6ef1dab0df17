package civil.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The server's data directory holds every resident's records and the administrator token, so it is
 * its owner's alone, whatever the umask: the directory {@code 700}, every file in it {@code 600}
 * (set when the server starts and again once the database and the token file are written). On a
 * file system without POSIX permissions a warning says so.
 */
final class DataDirectory {
  private static final Logger LOG = LoggerFactory.getLogger(DataDirectory.class);
  private static final Set<PosixFilePermission> DIRECTORY = PosixFilePermissions.fromString("rwx------");
  private static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");

  private DataDirectory() {}

  /** Creates the directory (and its parents) if needed, and makes it the owner's alone. */
  static void prepare(Path dir) {
    try {
      Files.createDirectories(dir);
      Files.setPosixFilePermissions(dir, DIRECTORY);
    } catch (UnsupportedOperationException notPosix) {
      LOG.warn("cannot restrict the data directory {} to its owner on this file system", dir);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create the data directory " + dir, e);
    }
  }

  /** Makes every file in the directory (and below) readable and writable by its owner only. */
  static void restrictFiles(Path dir) {
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : files.toList()) {
        Files.setPosixFilePermissions(p, Files.isDirectory(p) ? DIRECTORY : FILE);
      }
    } catch (UnsupportedOperationException notPosix) {
      LOG.warn("cannot restrict the files of {} to their owner on this file system", dir);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot restrict the files of " + dir, e);
    }
  }

  /** Creates a file that is owner-only from its first moment, so no one else ever reads it. */
  static void createOwnerOnly(Path file) throws IOException {
    try {
      Files.createFile(file, PosixFilePermissions.asFileAttribute(FILE));
    } catch (UnsupportedOperationException notPosix) {
      LOG.warn("cannot restrict {} to its owner on this file system", file);
      Files.createFile(file);
    }
  }
}
