package org.linebench.dsl.ml.tests;

/** Contributed as a validator (fragment.xml) but is none: the language leaves it out. */
public class NotAValidator {}
