package org.linebench.aas.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.eclipse.digitaltwin.aas4j.v3.model.Submodel;
import org.eclipse.digitaltwin.aas4j.v3.model.SubmodelElement;
import org.eclipse.emf.ecore.EObject;

/**
 * The IDTA submodel templates LineBench fills where it has the data: Digital Nameplate for
 * Industrial Equipment (IDTA 02006-2-0) and Generic Frame for Technical Data (IDTA 02003-1-2), with
 * their semantic IDs. Elements whose value a line file does not hold are left out (a nameplate then
 * lacks, e.g., the mandatory URIOfTheProduct, YearOfConstruction and ContactInformation).
 */
public final class Templates {
  public static final String NAMEPLATE = "https://admin-shell.io/zvei/nameplate/2/0/Nameplate"; //$NON-NLS-1$
  public static final String MANUFACTURER_NAME = "0173-1#02-AAO677#002"; //$NON-NLS-1$
  public static final String PRODUCT_DESIGNATION = "0173-1#02-AAW338#001"; //$NON-NLS-1$
  public static final String PRODUCT_TYPE = "0173-1#02-AAO057#002"; //$NON-NLS-1$
  public static final String COUNTRY_OF_ORIGIN = "0173-1#02-AAO259#004"; //$NON-NLS-1$
  public static final String MARKINGS = "0173-1#01-AGZ673#001"; //$NON-NLS-1$
  public static final String MARKING = "0173-1#01-AHD206#001"; //$NON-NLS-1$
  public static final String MARKING_NAME = "https://admin-shell.io/zvei/nameplate/2/0/Nameplate/Markings/Marking/MarkingName"; //$NON-NLS-1$

  public static final String TECHNICAL_DATA = "https://admin-shell.io/ZVEI/TechnicalData/Submodel/1/2"; //$NON-NLS-1$
  public static final String GENERAL_INFORMATION = "https://admin-shell.io/ZVEI/TechnicalData/GeneralInformation/1/1"; //$NON-NLS-1$
  public static final String ARTICLE_NUMBER = "0173-1#02-AAO676#003"; //$NON-NLS-1$
  public static final String PRODUCT_CLASSIFICATIONS = "https://admin-shell.io/ZVEI/TechnicalData/ProductClassifications/1/1"; //$NON-NLS-1$
  public static final String TECHNICAL_PROPERTIES = "https://admin-shell.io/ZVEI/TechnicalData/TechnicalProperties/1/1"; //$NON-NLS-1$
  public static final String FURTHER_INFORMATION = "https://admin-shell.io/ZVEI/TechnicalData/FurtherInformation/1/1"; //$NON-NLS-1$
  public static final String TEXT_STATEMENT = "https://admin-shell.io/ZVEI/TechnicalData/TextStatement/1/1"; //$NON-NLS-1$
  public static final String VALID_DATE = "https://admin-shell.io/ZVEI/TechnicalData/ValidDate/1/1"; //$NON-NLS-1$

  private Templates() {}

  /** What a nameplate or the general information of technical data says of an asset. */
  public record Product(String maker, String designation, String language, String type, String country, List<String> marks) {}

  /** A Digital Nameplate (IDTA 02006-2-0) of the asset; null without a maker. */
  public static Submodel nameplate(EObject asset, Product p) {
    if (p.maker() == null) {
      return null;
    }
    List<SubmodelElement> e = new ArrayList<>();
    e.add(Sm.lang("ManufacturerName", MANUFACTURER_NAME, p.language(), p.maker())); //$NON-NLS-1$
    e.add(Sm.lang("ManufacturerProductDesignation", PRODUCT_DESIGNATION, p.language(), p.designation())); //$NON-NLS-1$
    if (p.type() != null) {
      e.add(Sm.lang("ManufacturerProductType", PRODUCT_TYPE, p.language(), p.type())); //$NON-NLS-1$
    }
    if (p.country() != null) {
      e.add(Sm.text("CountryOfOrigin", COUNTRY_OF_ORIGIN, p.country())); //$NON-NLS-1$
    }
    if (!p.marks().isEmpty()) {
      List<SubmodelElement> markings = new ArrayList<>();
      for (int i = 0; i < p.marks().size(); i++) {
        markings.add(Sm.collection(String.format("Marking%02d", i + 1), MARKING, //$NON-NLS-1$
            List.of(Sm.text("MarkingName", MARKING_NAME, p.marks().get(i))))); //$NON-NLS-1$
      }
      e.add(Sm.collection("Markings", MARKINGS, markings)); //$NON-NLS-1$
    }
    return Sm.submodel(Ids.submodel(asset, "Nameplate"), "Nameplate", NAMEPLATE, e); //$NON-NLS-1$ //$NON-NLS-2$
  }

  /** Technical Data (IDTA 02003-1-2) with the asset's properties; null when it has none and no maker. */
  public static Submodel technicalData(EObject asset, Product p, List<SubmodelElement> properties, String statement, String validDate) {
    List<SubmodelElement> props = properties.stream().filter(Objects::nonNull).toList();
    if (props.isEmpty() && p.maker() == null) {
      return null;
    }
    List<SubmodelElement> general = new ArrayList<>();
    if (p.maker() != null) {
      general.add(Sm.text("ManufacturerName", MANUFACTURER_NAME, p.maker())); //$NON-NLS-1$
    }
    general.add(Sm.lang("ManufacturerProductDesignation", PRODUCT_DESIGNATION, p.language(), p.designation())); //$NON-NLS-1$
    if (p.type() != null) {
      general.add(Sm.text("ManufacturerArticleNumber", ARTICLE_NUMBER, p.type())); //$NON-NLS-1$
    }
    List<SubmodelElement> e = new ArrayList<>();
    e.add(Sm.collection("GeneralInformation", GENERAL_INFORMATION, general)); //$NON-NLS-1$
    e.add(Sm.collection("ProductClassifications", PRODUCT_CLASSIFICATIONS, List.of())); //$NON-NLS-1$
    e.add(Sm.collection("TechnicalProperties", TECHNICAL_PROPERTIES, props)); //$NON-NLS-1$
    e.add(Sm.collection("FurtherInformation", FURTHER_INFORMATION, List.of( //$NON-NLS-1$
        Sm.lang("TextStatement01", TEXT_STATEMENT, "en", statement), //$NON-NLS-1$ //$NON-NLS-2$
        Sm.date("ValidDate", VALID_DATE, validDate)))); //$NON-NLS-1$
    return Sm.submodel(Ids.submodel(asset, "TechnicalData"), "TechnicalData", TECHNICAL_DATA, e); //$NON-NLS-1$ //$NON-NLS-2$
  }
}
