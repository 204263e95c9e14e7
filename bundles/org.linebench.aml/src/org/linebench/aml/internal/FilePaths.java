package org.linebench.aml.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Where an import writes: the line file and namespace LineBench recorded for an instance hierarchy
 * or library, when they are safe (a relative path of plain names ending in {@code .line}, a
 * qualified name), else ones made from the hierarchy's or library's name. A file never names a
 * place outside the output folder.
 */
final class FilePaths {
  private static final String SEGMENT = "[\\p{L}\\p{N}_][\\p{L}\\p{N}_. -]{0,99}"; //$NON-NLS-1$
  private static final int MAX_DEPTH = 8;

  private FilePaths() {}

  static String file(CaexNode.FileInfo info, String name) {
    String declared = info == null ? null : info.file();
    if (declared != null) {
      String[] parts = declared.replace('\\', '/').split("/"); //$NON-NLS-1$
      List<String> safe = new ArrayList<>();
      for (String p : parts) {
        if (p.matches(SEGMENT) && !p.equals(".") && !p.equals("..") && !p.endsWith(".")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
          safe.add(p);
        } else {
          safe = null;
          break;
        }
      }
      if (safe != null && !safe.isEmpty() && safe.size() <= MAX_DEPTH && declared.endsWith(".line")) { //$NON-NLS-1$
        return String.join("/", safe); //$NON-NLS-1$
      }
    }
    return Names.identifier(name, "imported") + ".line"; //$NON-NLS-1$ //$NON-NLS-2$
  }

  static String namespace(CaexNode.FileInfo info, String name) {
    String declared = info == null ? null : info.namespace();
    if (declared != null && declared.matches("[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)*")) { //$NON-NLS-1$
      return declared;
    }
    if (name != null && name.matches("[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)*")) { //$NON-NLS-1$
      return name;
    }
    return Names.identifier(name, "imported"); //$NON-NLS-1$
  }
}
