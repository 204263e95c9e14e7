package org.linebench.dsl;

import org.eclipse.xtext.conversion.IValueConverterService;
import org.eclipse.xtext.linking.impl.LinkingDiagnosticMessageProvider;
import org.eclipse.xtext.naming.IQualifiedNameProvider;
import org.eclipse.xtext.parser.antlr.ISyntaxErrorMessageProvider;
import org.eclipse.xtext.resource.IResourceDescription;
import org.linebench.dsl.scoping.LineQualifiedNameProvider;
import org.linebench.dsl.scoping.LineResourceDescriptionManager;
import org.linebench.dsl.validation.LocalizedLinkingMessages;
import org.linebench.dsl.validation.LocalizedSyntaxErrors;

/** Guice bindings of the line language's runtime (also used headless by the command line). */
public class LineRuntimeModule extends AbstractLineRuntimeModule {

  @Override
  public Class<? extends IQualifiedNameProvider> bindIQualifiedNameProvider() {
    return LineQualifiedNameProvider.class;
  }

  public Class<? extends ISyntaxErrorMessageProvider> bindISyntaxErrorMessageProvider() {
    return LocalizedSyntaxErrors.class;
  }

  public Class<? extends LinkingDiagnosticMessageProvider> bindLinkingDiagnosticMessageProvider() {
    return LocalizedLinkingMessages.class;
  }

  @Override
  public void configureIScopeProviderDelegate(com.google.inject.Binder binder) {
    binder.bind(org.eclipse.xtext.scoping.IScopeProvider.class)
        .annotatedWith(com.google.inject.name.Names.named(org.eclipse.xtext.scoping.impl.AbstractDeclarativeScopeProvider.NAMED_DELEGATE))
        .to(org.linebench.dsl.scoping.LineNamespaceScopeProvider.class);
  }

  /** Exports the same names as Xtext's default, without asking every object of a file for its name. */
  public Class<? extends org.eclipse.xtext.resource.IDefaultResourceDescriptionStrategy> bindIDefaultResourceDescriptionStrategy() {
    return org.linebench.dsl.scoping.LineResourceDescriptionStrategy.class;
  }

  /** Rebuilds the files that read a changed plant's or type's content, not only those whose names changed. */
  public Class<? extends IResourceDescription.Manager> bindIResourceDescription$Manager() {
    return LineResourceDescriptionManager.class;
  }

  /**
   * No EMF basic constraint checks (multiplicities, data values, proxies) beside the language's own:
   * the grammar, the value converters and the linker guarantee them, and they took 40 % of the
   * validation of a large line.
   */
  public void configureUseEObjectValidator(com.google.inject.Binder binder) {
    binder.bindConstant().annotatedWith(com.google.inject.name.Names.named(org.eclipse.xtext.validation.CompositeEValidator.USE_EOBJECT_VALIDATOR))
        .to(false);
  }

  @Override
  public Class<? extends IValueConverterService> bindIValueConverterService() {
    return LineValueConverters.class;
  }
}
