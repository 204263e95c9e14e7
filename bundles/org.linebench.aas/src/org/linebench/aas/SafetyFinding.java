package org.linebench.aas;

/**
 * A certification finding to carry into the safety submodel of the station (or line) it is about.
 *
 * @param element the qualified name of the element it is about, from the plant
 *          ({@code Changchun.BodyInWhite.OP20.LC20})
 * @param ruleId the rule, e.g. {@code cn.gb-t19876.light-curtain-distance}
 * @param severity error, warning or info
 * @param citation the standard and clause
 * @param message what was found, in the language of the export
 */
public record SafetyFinding(String element, String ruleId, String severity, String citation, String message) {}
