package org.linebench.rules.api.line;

/** Places for pieces between stations. */
public interface Buffer extends FlowNode {

  int capacity();
}
