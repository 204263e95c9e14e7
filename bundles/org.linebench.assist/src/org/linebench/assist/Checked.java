package org.linebench.assist;

import java.util.List;
import java.util.Map;

import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.validation.Issue;
import org.linebench.rules.api.Finding;

/**
 * One check of the text of a line file (and its neighbours): the findings, structural and of the
 * packs, in file and line order; the parsed file, to find an element's text; and the line
 * language's issues behind the structural findings, for its quick fixes.
 *
 * @param text the text checked
 * @param findings every finding of the file
 * @param resource the file as parsed (its node model gives the text of each element)
 * @param issues the structural issue behind each structural finding
 */
public record Checked(String text, List<Finding> findings, XtextResource resource, Map<Finding, Issue> issues) {}
