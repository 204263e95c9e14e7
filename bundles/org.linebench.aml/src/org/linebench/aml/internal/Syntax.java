package org.linebench.aml.internal;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.xtext.EnumLiteralDeclaration;
import org.eclipse.xtext.EnumRule;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.IGrammarAccess;
import org.eclipse.xtext.conversion.IValueConverterService;
import org.linebench.dsl.api.LineModels;

import com.google.inject.Injector;

/**
 * The words of the line language, taken from its grammar: the keyword of each enum value
 * ({@code robot-cell} for {@code StationKind.ROBOT_CELL}), and how values are written (numbers,
 * strings, names), by the language's own value converters. AutomationML files carry enum values as
 * these keywords, so that they read like the line files.
 */
public final class Syntax {
  private static Syntax instance;

  private final Map<Enumerator, String> keywords = new HashMap<>();
  private final Map<EEnum, Map<String, Enumerator>> byWord = new HashMap<>();
  private final IValueConverterService converters;
  private final Set<String> reserved;

  private Syntax(Injector injector) {
    IGrammarAccess grammar = injector.getInstance(IGrammarAccess.class);
    for (EnumRule rule : GrammarUtil.allEnumRules(grammar.getGrammar())) {
      for (EnumLiteralDeclaration d : org.eclipse.xtext.EcoreUtil2.getAllContentsOfType(rule, EnumLiteralDeclaration.class)) {
        Enumerator e = d.getEnumLiteral().getInstance();
        keywords.put(e, d.getLiteral().getValue());
      }
    }
    converters = injector.getInstance(IValueConverterService.class);
    reserved = GrammarUtil.getAllKeywords(grammar.getGrammar());
  }

  /** The syntax of the line language of {@link LineModels#injector()}. */
  public static synchronized Syntax get() {
    if (instance == null) {
      instance = new Syntax(LineModels.injector());
    }
    return instance;
  }

  /** How an enum value is written in a line file: its keyword, or its name (S1, F2, P1). */
  public String word(Enumerator e) {
    String k = keywords.get(e);
    return k != null ? k : e.getLiteral();
  }

  /** The value of this enum that is written so: by keyword or name, case-insensitively; null if none. */
  public Enumerator value(EEnum type, String word) {
    if (word == null) {
      return null;
    }
    Map<String, Enumerator> words = byWord.computeIfAbsent(type, t -> {
      Map<String, Enumerator> m = new HashMap<>();
      for (org.eclipse.emf.ecore.EEnumLiteral l : t.getELiterals()) {
        m.put(l.getLiteral().toLowerCase(Locale.ROOT), l.getInstance());
        m.put(l.getName().toLowerCase(Locale.ROOT), l.getInstance());
        m.put(word(l.getInstance()).toLowerCase(Locale.ROOT), l.getInstance());
      }
      return m;
    });
    return words.get(word.trim().toLowerCase(Locale.ROOT));
  }

  /** A number as the language writes it: {@code 55}, {@code 2.5}, {@code 4.2E-8}. */
  public String number(double value) {
    return converters.toString(value, "Number"); //$NON-NLS-1$
  }

  /** A string literal with its quotes and escapes. */
  public String string(String value) {
    return converters.toString(value, "STRING"); //$NON-NLS-1$
  }

  /** A name, escaped with ^ where it is a keyword. */
  public String id(String name) {
    return converters.toString(name, "ID"); //$NON-NLS-1$
  }

  /** Whether the word is a keyword of the language (then a name needs ^). */
  public boolean isKeyword(String word) {
    return reserved.contains(word);
  }
}
