/**
 * What a certification rule is written against: {@link org.linebench.rules.api.Rule} (one small
 * class per check), {@link org.linebench.rules.api.RuleContext} (the plant it checks and how it
 * reports), {@link org.linebench.rules.api.RuleData} (its thresholds from the pack's data file),
 * and what comes out: {@link org.linebench.rules.api.Finding} with its
 * {@link org.linebench.rules.api.Evidence} and {@link org.linebench.rules.api.Severity}.
 * <p>
 * The line itself is seen through the read-only view of {@code org.linebench.rules.api.line}. The
 * API depends on nothing but Java: no EMF, no Xtext, no engine. Its packages are versioned
 * (Export-Package): a compatible addition raises the minor version, a change that breaks a rule
 * written against it raises the major version; packs import {@code [1.0.0,2.0.0)}.
 */
package org.linebench.rules.api;
