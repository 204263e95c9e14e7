package org.linebench.dsl.validation;

import org.antlr.runtime.EarlyExitException;
import org.antlr.runtime.MismatchedTokenException;
import org.antlr.runtime.RecognitionException;
import org.antlr.runtime.Token;
import org.eclipse.osgi.util.NLS;
import org.eclipse.xtext.nodemodel.SyntaxErrorMessage;
import org.eclipse.xtext.parser.antlr.SyntaxErrorMessageProvider;

/** Syntax errors in the user's language, with the offending text, under one issue code. */
public class LocalizedSyntaxErrors extends SyntaxErrorMessageProvider {

  @Override
  public SyntaxErrorMessage getSyntaxErrorMessage(IParserErrorContext context) {
    RecognitionException e = context.getRecognitionException();
    String text = tokenText(e);
    String message;
    if (e != null && e.token != null && e.token.getType() == Token.EOF) {
      message = Messages.Syntax_unexpectedEnd;
    } else if (e instanceof MismatchedTokenException m && m.expecting > 0 && context.getTokenNames() != null
        && m.expecting < context.getTokenNames().length) {
      message = NLS.bind(Messages.Syntax_missing, readable(context.getTokenNames()[m.expecting]), text);
    } else if (e == null || e instanceof EarlyExitException) {
      message = NLS.bind(Messages.Syntax_extraneous, text);
    } else {
      message = NLS.bind(Messages.Syntax_unexpected, text);
    }
    return new SyntaxErrorMessage(message, IssueCodes.SYNTAX);
  }

  @Override
  public SyntaxErrorMessage getSyntaxErrorMessage(IValueConverterErrorContext context) {
    return new SyntaxErrorMessage(NLS.bind(Messages.Syntax_unexpected, context.getDefaultMessage()), IssueCodes.SYNTAX);
  }

  private static String tokenText(RecognitionException e) {
    if (e == null || e.token == null || e.token.getText() == null) {
      return "?"; //$NON-NLS-1$
    }
    return e.token.getText();
  }

  /** 'RULE_ID' becomes a name, "'{'" stays a keyword. */
  private static String readable(String tokenName) {
    return switch (tokenName) {
      case "RULE_ID" -> Messages.Token_name; //$NON-NLS-1$
      case "RULE_INT" -> Messages.Token_integer; //$NON-NLS-1$
      case "RULE_DECIMAL" -> Messages.Token_number; //$NON-NLS-1$
      case "RULE_STRING" -> Messages.Token_text; //$NON-NLS-1$
      default -> tokenName;
    };
  }
}
