package civil.batch;

import civil.core.policy.PolicyDocuments;
import civil.core.policy.PolicyRegistry;
import civil.relief.medical.MedicalAidPolicy;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The medical-aid policies a run settles under: the versions the library ships, chosen by each
 * bill's date, and optionally one more document (a draft, or a back-dated version) that takes
 * over from its {@code effectiveFrom} on, replacing any shipped version from that day. Kept as
 * the document's text so that it travels to Spark's executors as it is.
 */
public final class Policies implements Serializable {
  private static final long serialVersionUID = 1L;
  private final String extraJson;
  private transient PolicyRegistry<MedicalAidPolicy> registry;

  private Policies(String extraJson) {
    this.extraJson = extraJson;
  }

  /** The shipped versions only. */
  public static Policies shipped() {
    return new Policies(null);
  }

  /**
   * The shipped versions, and {@code json} (a medical-aid policy document) from its first day on.
   *
   * @throws civil.core.policy.PolicyDocumentException if the document is not a valid policy
   */
  public static Policies with(String json) {
    Policies p = new Policies(json);
    p.registry();
    return p;
  }

  /** The extra document's text, if any. */
  public Optional<String> extraDocument() {
    return Optional.ofNullable(extraJson);
  }

  public PolicyRegistry<MedicalAidPolicy> registry() {
    PolicyRegistry<MedicalAidPolicy> r = registry;
    if (r == null) {
      PolicyRegistry<MedicalAidPolicy> shipped = MedicalAidPolicy.defaultRegistry();
      if (extraJson == null) {
        r = shipped;
      } else {
        MedicalAidPolicy extra = PolicyDocuments.read(MedicalAidPolicy.DOCUMENT, extraJson, MedicalAidPolicy.class);
        List<MedicalAidPolicy> versions = new ArrayList<>();
        for (MedicalAidPolicy v : shipped.versions()) {
          if (v.effectiveFrom().isBefore(extra.effectiveFrom())) {
            versions.add(v);
          }
        }
        versions.add(extra);
        r = PolicyRegistry.of(MedicalAidPolicy.DOCUMENT, versions);
      }
      registry = r;
    }
    return r;
  }
}
