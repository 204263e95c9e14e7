package org.linebench.dsl.api;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.formatting2.FormatterRequest;
import org.eclipse.xtext.formatting2.IFormatter2;
import org.eclipse.xtext.formatting2.regionaccess.ITextRegionAccess;
import org.eclipse.xtext.formatting2.regionaccess.ITextReplacement;
import org.eclipse.xtext.formatting2.regionaccess.TextRegionAccessBuilder;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;

import com.google.inject.Injector;

/** Formats the text of a line file: what the editor's Format command and the tests use. */
public final class LineFormatting {
  private LineFormatting() {}

  /** The text laid out by the line formatter; a text with syntax errors is returned unchanged. */
  public static String format(Injector injector, String text) {
    XtextResourceSet rs = injector.getInstance(XtextResourceSet.class);
    XtextResource r = (XtextResource) rs.createResource(URI.createURI("inmemory:/format.line")); //$NON-NLS-1$
    try {
      r.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), null);
    } catch (IOException e) {
      throw new IllegalStateException(e); // reading from memory
    }
    if (r.getParseResult() == null || r.getParseResult().hasSyntaxErrors()) {
      return text;
    }
    ITextRegionAccess access = injector.getInstance(TextRegionAccessBuilder.class).forNodeModel(r).create();
    FormatterRequest request = injector.getInstance(FormatterRequest.class);
    request.setTextRegionAccess(access);
    List<ITextReplacement> replacements = injector.getInstance(IFormatter2.class).format(request);
    return access.getRewriter().renderToString(replacements);
  }
}
