package civil.api.storage;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Published reports in the database: each the report's JSON text as it was published, never changed. */
public final class JdbcReportPublications {
  /** A stored publication; {@code report} is the JSON text exactly as published. */
  public record Stored(String publicationId, String period, Instant publishedAt, String report) {}

  private final Database db;

  public JdbcReportPublications(Database db) {
    this.db = db;
  }

  /** Stores a publication of {@code period}'s report and returns it with its new id. */
  public Stored publish(String period, Instant publishedAt, String reportJson) {
    return db.transaction(sql -> {
      String id = "PUB-" + sql.nextOf("report_publication");
      sql.update("INSERT INTO report_publication (publication_id, period, published_millis, report) VALUES (?, ?, ?, ?)",
          id, period, publishedAt.toEpochMilli(), reportJson);
      return new Stored(id, period, publishedAt, reportJson);
    });
  }

  /** The publications of {@code period}, oldest first, without their reports. */
  public List<Stored> of(String period) {
    return db.read(sql -> sql.list("SELECT publication_id, period, published_millis FROM report_publication WHERE period = ?"
        + " ORDER BY published_millis, publication_id", rs -> stored(rs, null), period));
  }

  public Optional<Stored> find(String period, String publicationId) {
    return db.read(sql -> sql.one("SELECT * FROM report_publication WHERE period = ? AND publication_id = ?",
        rs -> stored(rs, rs.getString("report")), period, publicationId));
  }

  private static Stored stored(ResultSet rs, String report) throws SQLException {
    return new Stored(rs.getString("publication_id"), rs.getString("period"),
        Instant.ofEpochMilli(rs.getLong("published_millis")), report);
  }
}
