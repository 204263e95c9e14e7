package org.linebench.rules.cn;

import org.linebench.rules.api.Change;
import org.linebench.rules.api.Rule;
import org.linebench.rules.api.RuleContext;
import org.linebench.rules.api.RuleData;
import org.linebench.rules.api.RuleDataException;
import org.linebench.rules.api.line.OperatorText;
import org.linebench.rules.api.line.Plant;
import org.linebench.rules.api.line.TextKind;

/**
 * Product Quality Law of the PRC, art. 27: the product's name, the maker's name and address are
 * given in Chinese. The plant declares them with {@code maker}, {@code address} and
 * {@code text product-name zh "..."}. Thresholds: {@code language} (zh).
 * <p>
 * Fix for the product name: the plant's own Chinese name (its label) as the product name. A maker or
 * address, or a plant with no Chinese name: no fix, a translation is a person's work (the rule asks
 * for one Han character, so a placeholder would pass it without meeting the law).
 */
public class ChineseProductInformation implements Rule {
  private static final String TRANSLATE = "needs-translation"; //$NON-NLS-1$
  private String language;

  @Override
  public void configure(RuleData data) throws RuleDataException {
    language = data.string("language"); //$NON-NLS-1$
  }

  @Override
  public void check(RuleContext context) {
    Plant p = context.plant();
    String maker = p.maker().orElse(null);
    String address = p.address().orElse(null);
    if (!Chinese.has(maker)) {
      context.report(p).variant("maker").arg(p.name()).value("maker", maker).noFix(TRANSLATE).add(); //$NON-NLS-1$ //$NON-NLS-2$
    }
    if (!Chinese.has(address)) {
      context.report(p).variant("address").arg(p.name()).value("address", address).noFix(TRANSLATE).add(); //$NON-NLS-1$ //$NON-NLS-2$
    }
    boolean name = false;
    for (OperatorText t : p.texts()) {
      name |= t.kind() == TextKind.NAME && language.equals(t.language()) && Chinese.has(t.text());
    }
    if (!name) {
      RuleContext.FindingBuilder f = context.report(p).arg(p.name()).arg(language);
      String label = p.label().orElse(null);
      if (Chinese.has(label) && label.indexOf('"') < 0 && label.indexOf('\\') < 0) {
        f.fix(Change.add(p, "text", "product-name " + language + " \"" + label + "\"")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
      } else {
        f.noFix(TRANSLATE);
      }
      f.add();
    }
  }
}
