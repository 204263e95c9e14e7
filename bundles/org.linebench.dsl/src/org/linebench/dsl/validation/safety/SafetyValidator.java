package org.linebench.dsl.validation.safety;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.osgi.util.NLS;
import org.eclipse.xtext.validation.AbstractDeclarativeValidator;
import org.eclipse.xtext.validation.Check;
import org.eclipse.xtext.validation.EValidatorRegistrar;
import org.linebench.model.line.Clearance;
import org.linebench.model.line.Hazard;
import org.linebench.model.line.NamedElement;
import org.linebench.model.line.SafetyDevice;
import org.linebench.model.line.LightCurtain;
import org.linebench.model.line.LinePackage;
import org.linebench.model.line.Quantity;
import org.linebench.model.line.SafetyFunction;
import org.linebench.model.units.Dimension;
import org.linebench.model.units.Numbers;
import org.linebench.model.units.Units;

/**
 * Checks what the certification rules read from a line file beyond its structure: the parameters of
 * safety functions (category, MTTFd, DCavg, CCF), the beams and heights of protective devices, the
 * clearances of data leaving China. Composed into the language's validator (see
 * {@code GenerateLine.mwe2}), kept apart from the structural checks; the rule packs judge the values,
 * this only refuses what cannot be meant.
 */
public class SafetyValidator extends AbstractDeclarativeValidator {
  private static final LinePackage L = LinePackage.eINSTANCE;
  private static final Set<String> CATEGORIES = Set.of("B", "1", "2", "3", "4"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$

  @Override
  public void register(EValidatorRegistrar registrar) {
    // composed into LineValidator, which registers itself
  }

  @Override
  protected List<EPackage> getEPackages() {
    return List.of(L);
  }

  /** The quantities of this validator's features, all lengths, with their keywords (the structural validator knows the others). */
  private static final Map<EStructuralFeature, String> LENGTHS = Map.of(L.getLightCurtain_Beams(), "beams", L.getLightCurtain_Top(), "top", //$NON-NLS-1$ //$NON-NLS-2$
      L.getPressureMat_Step(), "step", L.getGuard_GroundClearance(), "ground-clearance"); //$NON-NLS-1$ //$NON-NLS-2$

  @Check
  public void checkLength(Quantity q) {
    String keyword = LENGTHS.get(q.eContainingFeature());
    if (keyword == null) {
      return;
    }
    Optional<Units.Unit> unit = Units.find(q.getUnit());
    if (unit.isPresent() && unit.get().dimension() != Dimension.LENGTH) {
      error(NLS.bind(Messages.Unit_length, q.getUnit(), keyword), q, L.getQuantity_Unit(),
          org.linebench.dsl.validation.IssueCodes.INCOMPATIBLE_UNIT, q.getUnit(), Dimension.LENGTH.baseUnit());
    }
  }

  @Check
  public void checkBeams(LightCurtain c) {
    double last = Double.NEGATIVE_INFINITY;
    for (Quantity q : c.getBeams()) {
      Optional<Double> mm = Units.millimetres(q);
      if (mm.isPresent() && mm.get() <= last) {
        error(NLS.bind(Messages.Beams_order, new Object[] {c.getName(), Numbers.plain(mm.get()), Numbers.plain(last)}), q, null,
            SafetyIssueCodes.BEAM_HEIGHTS);
      }
      last = mm.orElse(last);
    }
    if (!c.getBeams().isEmpty() && c.getDetection() != null) {
      warning(NLS.bind(Messages.Beams_detection, c.getName()), c, L.getLightCurtain_Detection(), SafetyIssueCodes.BEAMS_AND_DETECTION);
    }
  }

  @Check
  public void checkClearance(Clearance c) {
    if (c.getReference() == null || c.getReference().isBlank()) {
      error(Messages.Clearance_reference, c, L.getClearance_Reference(), SafetyIssueCodes.CLEARANCE);
    }
    try {
      LocalDate.parse(c.getDate() == null ? "" : c.getDate()); //$NON-NLS-1$
    } catch (DateTimeParseException e) {
      error(NLS.bind(Messages.Clearance_date, c.getDate()), c, L.getClearance_Date(), SafetyIssueCodes.CLEARANCE);
    }
  }

  @Check
  public void checkHazard(Hazard h) {
    for (int i = 0; i < h.getMeasures().size(); i++) {
      NamedElement m = h.getMeasures().get(i);
      if (m != null && !m.eIsProxy() && !(m instanceof SafetyDevice) && !(m instanceof SafetyFunction)) {
        error(NLS.bind(Messages.Hazard_measure, m.getName(), h.getName()), h, L.getHazard_Measures(), i, SafetyIssueCodes.HAZARD_MEASURE);
      }
    }
  }

  @Check
  public void checkSafetyFunction(SafetyFunction f) {
    if (f.getCategory() != null && !CATEGORIES.contains(f.getCategory())) {
      error(NLS.bind(Messages.Category_unknown, f.getName(), f.getCategory()), f, L.getSafetyFunction_Category(),
          SafetyIssueCodes.SAFETY_CATEGORY, f.getCategory());
    }
    // MTTFd: more than nothing, at most the 2500 years ISO 13849-1 counts (from 3 years up it is judged by the rules)
    Double mttfd = f.getMttfd();
    if (mttfd != null && !(mttfd > 0 && mttfd <= 2500)) {
      error(NLS.bind(Messages.Value_positive, new Object[] {Messages.Feature_mttfd, f.getName(), Numbers.plain(mttfd), "2500"}), f, //$NON-NLS-1$
          L.getSafetyFunction_Mttfd(), SafetyIssueCodes.VALUE_RANGE);
    }
    range(f.getDcAvg(), 100, Messages.Feature_dcAvg, f, L.getSafetyFunction_DcAvg());
    range(f.getCcf() == null ? null : f.getCcf().doubleValue(), 100, Messages.Feature_ccf, f, L.getSafetyFunction_Ccf());
  }

  /** A value from 0 to max. */
  private void range(Double value, double max, String what, SafetyFunction f, EStructuralFeature feature) {
    if (value != null && !(value >= 0 && value <= max)) {
      error(NLS.bind(Messages.Value_range, new Object[] {what, f.getName(), Numbers.plain(value), "0", Numbers.plain(max)}), f, //$NON-NLS-1$
          feature, SafetyIssueCodes.VALUE_RANGE);
    }
  }
}
