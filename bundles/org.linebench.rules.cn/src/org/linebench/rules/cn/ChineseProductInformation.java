package org.linebench.rules.cn;

import org.linebench.model.line.OperatorText;
import org.linebench.model.line.Plant;
import org.linebench.model.line.TextKind;
import org.linebench.rules.Rule;
import org.linebench.rules.RuleContext;
import org.linebench.rules.RuleData;
import org.linebench.rules.RuleDataException;

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
    if (!Chinese.has(p.getMaker())) {
      context.report(p).variant("maker").arg(p.getName()).value("maker", p.getMaker()).add(); //$NON-NLS-1$ //$NON-NLS-2$
    }
    if (!Chinese.has(p.getAddress())) {
      context.report(p).variant("address").arg(p.getName()).value("address", p.getAddress()).add(); //$NON-NLS-1$ //$NON-NLS-2$
    }
    boolean name = false;
    for (OperatorText t : p.getTexts()) {
      name |= t.getKind() == TextKind.NAME && language.equals(t.getLanguage()) && Chinese.has(t.getText());
    }
    if (!name) {
      context.report(p).arg(p.getName()).arg(language).add();
    }
  }
}
