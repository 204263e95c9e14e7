package org.linebench.rules.api.line;

import java.util.Optional;

/** Material flowing from one node to another; empty ends are references the model could not resolve. */
public interface Flow extends Element {

  Optional<FlowNode> from();

  Optional<FlowNode> to();

  /** A declared rework loop: the only flow allowed to close a cycle. */
  boolean rework();
}
