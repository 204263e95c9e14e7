package org.linebench.rules.api.line;

import java.util.List;
import java.util.Optional;

/**
 * A hazard of the risk assessment (ISO 12100 / GB/T 15706), written at line level
 * ({@code hazard H1 in OP20.Z20 type mechanical phase operation persons operator risk S2 F2 P2
 * measures OP20.F20, OP20.SF20 residual acceptable}): where it is, what kind, in which phases of the
 * machine's life and to whom, its risk before the measures, the measures taken and whether the risk
 * that remains is acceptable.
 *
 * @since 1.1
 */
public interface Hazard extends NamedElement {

  /** The hazard zone it is in. */
  Optional<HazardZone> zone();

  /** The station of that zone. */
  Optional<Station> station();

  /** The kind of hazard as the line file names it: {@code mechanical}, {@code electrical}, {@code thermal}, ... */
  Optional<String> type();

  /** The phases of the machine's life it occurs in: {@code operation}, {@code maintenance}, ... */
  List<String> phases();

  /** The persons exposed: {@code operator}, {@code maintainer}, ... */
  List<String> persons();

  /** The risk before the measures, when all three parameters are given. */
  Optional<Risk> risk();

  /** An inherently safe design measure, in words. */
  Optional<String> design();

  /** The protective devices and safety functions that reduce the risk. */
  List<NamedElement> measures();

  /** Whether the risk that remains is acceptable; empty when not evaluated. */
  Optional<Boolean> residualAcceptable();
}
