package org.linebench.dsl.scoping;

/**
 * Scoping of the line language: the default, namespace-aware. From inside a line, its stations'
 * children are visible as {@code Station.Child}; from inside a station, as {@code Child}; other
 * files' elements through their namespace and {@code import}.
 */
public class LineScopeProvider extends AbstractLineScopeProvider {
}
