package org.linebench.rules.api.line;

import java.util.List;
import java.util.Optional;

/** A trained machine-learning model attached to a station. */
public interface ModelAttachment extends NamedElement {

  /** Path of the model card (model.json), relative to the line file; see {@code RuleContext.resolve}. */
  Optional<String> card();

  ModelPurpose purpose();

  List<FeatureBinding> bindings();

  /** Whether a human can override the model ({@code human-override}). */
  boolean humanOverride();
}
