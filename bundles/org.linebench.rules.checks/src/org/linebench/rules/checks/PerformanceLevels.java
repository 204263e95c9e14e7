package org.linebench.rules.checks;

import org.linebench.rules.api.RuleDataException;

/** Performance levels a ... e as 0 ... 4. */
public final class PerformanceLevels {
  private static final String LEVELS = "abcde"; //$NON-NLS-1$

  private PerformanceLevels() {}

  public static int parse(String level, String where) throws RuleDataException {
    int i = level == null || level.length() != 1 ? -1 : LEVELS.indexOf(level.charAt(0));
    if (i < 0) {
      throw new RuleDataException(where + ": not a performance level a ... e: " + level); //$NON-NLS-1$
    }
    return i;
  }

  /** {@code PLd} for 3. */
  public static String name(int level) {
    return "PL" + LEVELS.charAt(level); //$NON-NLS-1$
  }
}
