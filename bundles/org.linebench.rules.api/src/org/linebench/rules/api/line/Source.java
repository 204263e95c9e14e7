package org.linebench.rules.api.line;

/** Where pieces enter a line. */
public interface Source extends FlowNode {
}
