package org.linebench.dsl.ide;

/** Guice bindings of the line language's IDE services (content assist, highlighting, outline). */
public class LineIdeModule extends AbstractLineIdeModule {
}
