package civil.relief.charity;

import java.util.Optional;

/**
 * Where a campaign's money sits: restricted to one purpose (定向), or unrestricted (非定向). A
 * restricted donation funds only its purpose; unrestricted money funds any.
 */
public enum FundingBucket {
  LIVING,
  MEDICAL,
  EDUCATION,
  UNRESTRICTED;

  /** The bucket of a donation with the given restriction. */
  public static FundingBucket of(Optional<Purpose> restriction) {
    return restriction.map(Purpose::bucket).orElse(UNRESTRICTED);
  }
}
