package org.linebench.assist.llm.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.osgi.util.NLS;
import org.linebench.assist.llm.internal.Messages;
import org.linebench.cli.UsageException;
import org.linebench.rules.RulePack;
import org.linebench.rules.RulePacks;

/** The packs a command runs: those named with {@code --rules cn,eu}, else all installed. */
final class Packs {
  private Packs() {}

  static List<RulePack> select(RulePacks installed, String selection) throws UsageException {
    if (selection == null) {
      return installed.packs();
    }
    List<RulePack> out = new ArrayList<>();
    for (String id : RulePacks.parseSelection(selection)) {
      if (!"none".equals(id)) { //$NON-NLS-1$
        out.add(installed.find(id).orElseThrow(() -> new UsageException(NLS.bind(Messages.Ask_unknownPack, id,
            installed.packs().stream().map(RulePack::id).collect(Collectors.joining(", ")))))); //$NON-NLS-1$
      }
    }
    return out;
  }
}
