package org.linebench.rules.api.line;

/**
 * A completed step that allows data to leave China ({@code cleared-by security-assessment "ref" on "2025-03-01"}).
 *
 * @param kind what it is
 * @param reference its reference (the assessment's number, the contract's filing)
 * @param date the day it was completed, as written (YYYY-MM-DD)
 * @since 1.1
 */
public record Clearance(ClearanceKind kind, String reference, String date) {}
