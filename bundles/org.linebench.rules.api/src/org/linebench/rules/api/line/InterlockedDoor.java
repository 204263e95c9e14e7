package org.linebench.rules.api.line;

/** A door whose opening stops the hazard. */
public interface InterlockedDoor extends SafetyDevice {
}
