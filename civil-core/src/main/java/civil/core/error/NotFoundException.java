package civil.core.error;

import static java.util.Objects.requireNonNull;

/** A thing named by its identifier does not exist. */
public class NotFoundException extends DomainException {
  private static final long serialVersionUID = 1L;

  private final String kind;
  private final String id;

  /**
   * @param kind what was looked for, in words ({@code "settlement"}, {@code "nursing home"})
   * @param id the identifier asked for
   */
  public NotFoundException(String kind, String id) {
    super("NOT_FOUND", "no " + requireNonNull(kind, "kind") + " with id " + requireNonNull(id, "id"));
    this.kind = kind;
    this.id = id;
  }

  public String kind() {
    return kind;
  }

  public String id() {
    return id;
  }
}
