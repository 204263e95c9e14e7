package org.linebench.rules.cn;

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
 */
public class ChineseProductInformation implements Rule {
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
      context.report(p).variant("maker").arg(p.name()).value("maker", maker).add(); //$NON-NLS-1$ //$NON-NLS-2$
    }
    if (!Chinese.has(address)) {
      context.report(p).variant("address").arg(p.name()).value("address", address).add(); //$NON-NLS-1$ //$NON-NLS-2$
    }
    boolean name = false;
    for (OperatorText t : p.texts()) {
      name |= t.kind() == TextKind.NAME && language.equals(t.language()) && Chinese.has(t.text());
    }
    if (!name) {
      context.report(p).arg(p.name()).arg(language).add();
    }
  }
}
