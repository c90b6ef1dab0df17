package civil.api.storage;

import java.sql.SQLException;

/** The database failed: not the client's fault; reported as a server error. */
public final class StorageException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public StorageException(SQLException cause) {
    super("database error " + cause.getSQLState() + ": " + cause.getMessage(), cause);
  }
}
