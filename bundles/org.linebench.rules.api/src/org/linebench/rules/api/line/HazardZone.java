package org.linebench.rules.api.line;

/** A hazard zone of a station. */
public interface HazardZone extends NamedElement {
}
