package org.linebench.aas.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.digitaltwin.aas4j.v3.model.DataTypeDefXsd;
import org.eclipse.digitaltwin.aas4j.v3.model.KeyTypes;
import org.eclipse.digitaltwin.aas4j.v3.model.ModellingKind;
import org.eclipse.digitaltwin.aas4j.v3.model.Reference;
import org.eclipse.digitaltwin.aas4j.v3.model.ReferenceTypes;
import org.eclipse.digitaltwin.aas4j.v3.model.Submodel;
import org.eclipse.digitaltwin.aas4j.v3.model.SubmodelElement;
import org.eclipse.digitaltwin.aas4j.v3.model.impl.DefaultFile;
import org.eclipse.digitaltwin.aas4j.v3.model.impl.DefaultKey;
import org.eclipse.digitaltwin.aas4j.v3.model.impl.DefaultLangStringTextType;
import org.eclipse.digitaltwin.aas4j.v3.model.impl.DefaultMultiLanguageProperty;
import org.eclipse.digitaltwin.aas4j.v3.model.impl.DefaultProperty;
import org.eclipse.digitaltwin.aas4j.v3.model.impl.DefaultReference;
import org.eclipse.digitaltwin.aas4j.v3.model.impl.DefaultSubmodel;
import org.eclipse.digitaltwin.aas4j.v3.model.impl.DefaultSubmodelElementCollection;
import org.eclipse.digitaltwin.aas4j.v3.model.impl.DefaultSubmodelElementList;
import org.eclipse.digitaltwin.aas4j.v3.model.AasSubmodelElements;

/** Short ways to make AAS submodels and their elements, with global semantic IDs. */
public final class Sm {
  private Sm() {}

  /** A reference to a global concept (an ECLASS IRDI, an IDTA IRI, a LineBench URN). */
  public static Reference global(String id) {
    return new DefaultReference.Builder().type(ReferenceTypes.EXTERNAL_REFERENCE)
        .keys(new DefaultKey.Builder().type(KeyTypes.GLOBAL_REFERENCE).value(id).build()).build();
  }

  /** A model reference to a submodel, as a shell lists it. */
  public static Reference to(Submodel s) {
    return new DefaultReference.Builder().type(ReferenceTypes.MODEL_REFERENCE)
        .keys(new DefaultKey.Builder().type(KeyTypes.SUBMODEL).value(s.getId()).build()).build();
  }

  public static Submodel submodel(String id, String idShort, String semanticId, List<SubmodelElement> elements) {
    return new DefaultSubmodel.Builder().id(id).idShort(idShort).kind(ModellingKind.INSTANCE).semanticId(global(semanticId))
        .submodelElements(elements).build();
  }

  public static SubmodelElement text(String idShort, String semanticId, String value) {
    return new DefaultProperty.Builder().idShort(idShort).semanticId(global(semanticId)).valueType(DataTypeDefXsd.STRING).value(value).build();
  }

  public static SubmodelElement number(String idShort, String semanticId, double value) {
    return new DefaultProperty.Builder().idShort(idShort).semanticId(global(semanticId)).valueType(DataTypeDefXsd.DOUBLE)
        .value(org.linebench.aas.internal.Numbers.format(value)).build();
  }

  public static SubmodelElement integer(String idShort, String semanticId, long value) {
    return new DefaultProperty.Builder().idShort(idShort).semanticId(global(semanticId)).valueType(DataTypeDefXsd.INT)
        .value(Long.toString(value)).build();
  }

  public static SubmodelElement flag(String idShort, String semanticId, boolean value) {
    return new DefaultProperty.Builder().idShort(idShort).semanticId(global(semanticId)).valueType(DataTypeDefXsd.BOOLEAN)
        .value(Boolean.toString(value)).build();
  }

  public static SubmodelElement date(String idShort, String semanticId, String isoDate) {
    return new DefaultProperty.Builder().idShort(idShort).semanticId(global(semanticId)).valueType(DataTypeDefXsd.DATE).value(isoDate).build();
  }

  /** A multi-language property with one text in one language. */
  public static SubmodelElement lang(String idShort, String semanticId, String language, String value) {
    return new DefaultMultiLanguageProperty.Builder().idShort(idShort).semanticId(global(semanticId))
        .value(new DefaultLangStringTextType.Builder().language(language).text(value).build()).build();
  }

  public static SubmodelElement collection(String idShort, String semanticId, List<SubmodelElement> elements) {
    DefaultSubmodelElementCollection.Builder b = new DefaultSubmodelElementCollection.Builder().idShort(idShort).value(elements);
    if (semanticId != null) {
      b.semanticId(global(semanticId));
    }
    return b.build();
  }

  /** An ordered list of collections (no idShorts inside a list, as the metamodel wants). */
  public static SubmodelElement list(String idShort, String semanticId, List<SubmodelElement> items) {
    List<SubmodelElement> unnamed = new ArrayList<>();
    for (SubmodelElement i : items) {
      i.setIdShort(null);
      unnamed.add(i);
    }
    return new DefaultSubmodelElementList.Builder().idShort(idShort).semanticId(global(semanticId))
        .typeValueListElement(AasSubmodelElements.SUBMODEL_ELEMENT_COLLECTION).value(unnamed).build();
  }

  public static SubmodelElement file(String idShort, String semanticId, String path, String contentType) {
    return new DefaultFile.Builder().idShort(idShort).semanticId(global(semanticId)).value(path).contentType(contentType).build();
  }
}
