package org.linebench.rules.api.line;

/** Where pieces leave a line. */
public interface Sink extends FlowNode {
}
