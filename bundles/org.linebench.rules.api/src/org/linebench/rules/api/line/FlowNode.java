package org.linebench.rules.api.line;

/** Something material flows through: a station, a buffer, a source or a sink. */
public interface FlowNode extends NamedElement {
}
