package org.linebench.dsl.ui.internal;

import java.util.Set;

import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.TextAttribute;
import org.eclipse.jface.text.presentation.PresentationReconciler;
import org.eclipse.jface.text.rules.DefaultDamagerRepairer;
import org.eclipse.jface.text.rules.EndOfLineRule;
import org.eclipse.jface.text.rules.IRule;
import org.eclipse.jface.text.rules.IToken;
import org.eclipse.jface.text.rules.IWordDetector;
import org.eclipse.jface.text.rules.MultiLineRule;
import org.eclipse.jface.text.rules.NumberRule;
import org.eclipse.jface.text.rules.RuleBasedScanner;
import org.eclipse.jface.text.rules.SingleLineRule;
import org.eclipse.jface.text.rules.Token;
import org.eclipse.jface.text.rules.WordRule;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.xtext.GrammarUtil;
import org.linebench.dsl.services.LineGrammarAccess;

/** Highlighting of line files: the grammar's keywords, strings, comments and numbers. */
public class LineHighlighting extends PresentationReconciler {

  public LineHighlighting() {
    DefaultDamagerRepairer dr = new DefaultDamagerRepairer(new Scanner());
    setDamager(dr, IDocument.DEFAULT_CONTENT_TYPE);
    setRepairer(dr, IDocument.DEFAULT_CONTENT_TYPE);
  }

  /** The grammar's word keywords (not its punctuation). */
  public static Set<String> keywords() {
    LineGrammarAccess grammar = LineUi.injector().getInstance(LineGrammarAccess.class);
    return GrammarUtil.getAllKeywords(grammar.getGrammar()).stream()
        .filter(k -> Character.isLetter(k.charAt(0))).collect(java.util.stream.Collectors.toSet());
  }

  static final class Scanner extends RuleBasedScanner {
    static final IToken KEYWORD = new Token(new TextAttribute(new Color(127, 0, 85), null, SWT.BOLD));
    static final IToken STRING = new Token(new TextAttribute(new Color(42, 0, 255)));
    static final IToken COMMENT = new Token(new TextAttribute(new Color(63, 127, 95)));
    static final IToken NUMBER = new Token(new TextAttribute(new Color(125, 80, 0)));

    Scanner() {
      WordRule words = new WordRule(new IWordDetector() {
        @Override
        public boolean isWordStart(char c) {
          return Character.isLetter(c) || c == '_' || c == '^';
        }

        @Override
        public boolean isWordPart(char c) {
          return Character.isLetterOrDigit(c) || c == '_' || c == '-';
        }
      }, Token.UNDEFINED);
      keywords().forEach(k -> words.addWord(k, KEYWORD));
      setRules(new IRule[] {new EndOfLineRule("//", COMMENT), new MultiLineRule("/*", "*/", COMMENT), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
          new SingleLineRule("\"", "\"", STRING, '\\'), new SingleLineRule("'", "'", STRING, '\\'), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
          words, new NumberRule(NUMBER)});
    }
  }
}
