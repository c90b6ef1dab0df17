package civil.api.security;

import civil.api.http.HttpProblem;
import civil.api.http.Role;
import civil.api.storage.Database;
import civil.core.error.InvalidInputException;
import civil.core.error.NotFoundException;
import civil.core.error.RefusedException;
import civil.core.identity.HospitalCode;
import com.google.common.hash.Hashing;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * API tokens: each has an id, a role and a label; the token itself is shown once, when issued,
 * and stored only as its SHA-256 hash. A revoked token stops working at once.
 */
public final class Tokens {
  /** A token as stored, without its secret. */
  public record TokenInfo(String tokenId, Role role, String label, boolean revoked, String hospitalCode) {
    /** The hospital a HOSPITAL token acts for. */
    public Optional<HospitalCode> hospital() {
      return Optional.ofNullable(hospitalCode).map(HospitalCode::parse);
    }
  }

  /** A newly issued token, with its secret (shown only here). */
  public record Issued(String tokenId, Role role, String label, String hospitalCode, String token) {}

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final String ADMIN_ID = "TK-ADMIN";

  private final Database db;
  private final Clock clock;

  public Tokens(Database db, Clock clock) {
    this.db = db;
    this.clock = clock;
  }

  static String hash(String token) {
    return Hashing.sha256().hashString(token, StandardCharsets.UTF_8).toString();
  }

  /** A fresh random token. */
  public static String generate() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return "civ_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  /** Whether an administrator token exists. */
  /** Where the administrator token stands. */
  public enum AdminState {
    /** None was ever set. */
    NONE,
    /** One is set and works. */
    ACTIVE,
    /** One was set and has been revoked; it stays revoked. */
    REVOKED
  }

  public AdminState adminState() {
    return db.read(sql -> sql.one("SELECT revoked_at FROM api_token WHERE token_id = ?",
        rs -> rs.getObject(1) == null ? AdminState.ACTIVE : AdminState.REVOKED, ADMIN_ID)).orElse(AdminState.NONE);
  }

  /**
   * Makes {@code token} the administrator token, replacing an earlier, different one (a new token
   * is how an operator rotates it). The same token again changes nothing.
   *
   * @throws IllegalStateException if {@code token} is the administrator token that was revoked: a
   *     revoked token stays revoked, across restarts too
   */
  public void setAdmin(String token) {
    if (token.length() < 16) {
      throw new IllegalArgumentException("the admin token must have at least 16 characters");
    }
    String hash = hash(token);
    db.transaction(sql -> {
      Optional<Boolean> revokedSame = sql.one("SELECT revoked_at FROM api_token WHERE token_id = ? AND token_hash = ?",
          rs -> rs.getObject(1) != null, ADMIN_ID, hash);
      if (revokedSame.orElse(false)) {
        throw new IllegalStateException("the administrator token given by CIVIL_ADMIN_TOKEN (or --admin-token) was"
            + " revoked and stays revoked; set a new one to start");
      }
      if (revokedSame.isEmpty()) {
        sql.update("DELETE FROM api_token WHERE token_id = ?", ADMIN_ID);
        sql.update("INSERT INTO api_token (token_id, role, label, token_hash, created_at, revoked_at) VALUES (?, ?, ?, ?, ?, ?)",
            ADMIN_ID, Role.ADMIN, "administrator", hash, clock.millis(), null);
      }
      return null;
    });
  }

  /**
   * Issues a token for a role; a HOSPITAL token is bound to one registered hospital and no other
   * role names one.
   *
   * @throws InvalidInputException {@code MISSING_FIELD} for a HOSPITAL token without a hospital,
   *     {@code UNEXPECTED_FIELD} for another role with one
   * @throws RefusedException {@code HOSPITAL_NOT_REGISTERED} if the hospital is not in the registry
   */
  public Issued issue(Role role, String label, Optional<HospitalCode> hospital, Predicate<HospitalCode> registered) {
    if (label.isBlank() || label.length() > 200) {
      throw new InvalidInputException("INVALID_LABEL", "label", "is 1 to 200 characters");
    }
    if (role == Role.HOSPITAL && hospital.isEmpty()) {
      throw new InvalidInputException("MISSING_FIELD", "hospitalCode", "a HOSPITAL token is bound to a registered hospital");
    }
    if (role != Role.HOSPITAL && hospital.isPresent()) {
      throw new InvalidInputException("UNEXPECTED_FIELD", "hospitalCode", "only a HOSPITAL token names a hospital");
    }
    if (hospital.isPresent() && !registered.test(hospital.get())) {
      throw new RefusedException("HOSPITAL_NOT_REGISTERED", "hospital " + hospital.get() + " is not in the registry");
    }
    String token = generate();
    String code = hospital.map(HospitalCode::value).orElse(null);
    String id = db.transaction(sql -> {
      String tokenId = String.format("TK-%06d", sql.nextId("api-token"));
      sql.update("INSERT INTO api_token (token_id, role, label, token_hash, created_at, revoked_at, hospital_code)"
          + " VALUES (?, ?, ?, ?, ?, ?, ?)", tokenId, role, label, hash(token), clock.millis(), null, code);
      return tokenId;
    });
    return new Issued(id, role, label, code, token);
  }

  /**
   * Revokes a token.
   *
   * @throws NotFoundException if there is no such token
   */
  public void revoke(String tokenId) {
    int changed = db.transaction(sql -> sql.update("UPDATE api_token SET revoked_at = ? WHERE token_id = ?"
        + " AND revoked_at IS NULL", clock.millis(), tokenId));
    if (changed == 0 && db.read(sql -> !sql.exists("SELECT token_id FROM api_token WHERE token_id = ?", tokenId))) {
      throw new NotFoundException("token", tokenId);
    }
  }

  public List<TokenInfo> list() {
    return db.read(sql -> sql.list("SELECT token_id, role, label, revoked_at, hospital_code FROM api_token ORDER BY token_id",
        Tokens::info));
  }

  /**
   * The token presented in an {@code Authorization: Bearer} header.
   *
   * @throws HttpProblem 401 if there is none, or it is unknown or revoked
   */
  public TokenInfo authenticate(String header) {
    if (header == null || !header.startsWith("Bearer ") || header.length() > 300) {
      throw new HttpProblem(401, "UNAUTHENTICATED", "an Authorization: Bearer token is required");
    }
    String hash = hash(header.substring(7).trim());
    // read from the database on every request (one indexed lookup), never from a cache: a token
    // revoked through any server is refused by every server from the next request on, and no
    // revocation can race a cache write
    Optional<TokenInfo> found = db.read(sql -> sql.one(
        "SELECT token_id, role, label, revoked_at, hospital_code FROM api_token WHERE token_hash = ?", Tokens::info,
        hash));
    if (found.isEmpty() || found.get().revoked()) {
      throw new HttpProblem(401, "UNAUTHENTICATED", "the token is unknown or revoked");
    }
    return found.get();
  }

  private static TokenInfo info(ResultSet rs) throws SQLException {
    return new TokenInfo(rs.getString(1), Role.valueOf(rs.getString(2)), rs.getString(3), rs.getObject(4) != null,
        rs.getString(5));
  }
}
