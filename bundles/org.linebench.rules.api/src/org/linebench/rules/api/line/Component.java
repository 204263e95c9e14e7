package org.linebench.rules.api.line;

/** An electrical component: switchgear, breaker, motor, ... ({@link #category()}). */
public interface Component extends Equipment {
}
