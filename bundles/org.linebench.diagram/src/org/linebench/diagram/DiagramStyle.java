package org.linebench.diagram;

import org.linebench.diagram.LineDiagram.Kind;
import org.linebench.diagram.LineDiagram.Severity;

/**
 * Sizes and colours of the line diagram, shared by the SVG export and the workbench's painting so
 * both look alike. Colours are 0xRRGGBB.
 */
public final class DiagramStyle {
  public static final double NAME_FONT = 13;
  public static final double TEXT_FONT = 11;
  /** The font size box widths are estimated for: the workbench's default font is larger than the SVG's. */
  public static final double MEASURE_FONT = 13;
  public static final double PADDING = 8;
  public static final double ROW = 17;
  public static final double MIN_WIDTH = 84;
  public static final double GROUP_HEADER = 26;
  public static final double GROUP_PADDING = 14;
  public static final double GROUP_GAP = 24;
  public static final int FRAME = 0x9aa5b1;
  public static final int TEXT = 0x1f2933;
  public static final int MUTED_TEXT = 0x52606d;
  public static final int EDGE = 0x3e4c59;
  public static final int REWORK_EDGE = 0xb44d12;
  public static final int GROUP_FILL = 0xf5f7fa;

  private DiagramStyle() {}

  public static int fill(Kind kind, Severity severity) {
    return switch (severity) {
      case ERROR -> 0xf9d3d3;
      case WARNING -> 0xfcebc5;
      default -> switch (kind) {
        case STATION -> 0xdce9f7;
        case BUFFER -> 0xfdf6e3;
        case SOURCE, SINK -> 0xe4f2e7;
      };
    };
  }

  public static int stroke(Kind kind, Severity severity) {
    return switch (severity) {
      case ERROR -> 0xc0392b;
      case WARNING -> 0xc77c02;
      default -> switch (kind) {
        case STATION -> 0x2e6da4;
        case BUFFER -> 0x8d6e1f;
        case SOURCE, SINK -> 0x3b7d4f;
      };
    };
  }

  /** The bar of a buffer's mean fill, and the frame of the station a simulation found the bottleneck. */
  public static final int FILL_BAR = 0x1e88e5;
  public static final int BOTTLENECK = 0xb71c1c;

  /**
   * The fill of a station by its utilisation (0..1, working share of the working time), from a pale
   * green through yellow to orange: the busier, the warmer.
   */
  public static int utilisation(double share) {
    double u = Math.max(0, Math.min(1, share));
    int[] low = {0xe8, 0xf5, 0xe9};
    int[] mid = {0xff, 0xf1, 0x76};
    int[] high = {0xff, 0x8a, 0x65};
    int[] a = u < 0.5 ? low : mid;
    int[] b = u < 0.5 ? mid : high;
    double t = u < 0.5 ? u / 0.5 : (u - 0.5) / 0.5;
    int r = (int) Math.round(a[0] + (b[0] - a[0]) * t);
    int g = (int) Math.round(a[1] + (b[1] - a[1]) * t);
    int bl = (int) Math.round(a[2] + (b[2] - a[2]) * t);
    return r << 16 | g << 8 | bl;
  }

  /** An estimate of a text's width in pixels: CJK characters are square, others about 0.6 em. */
  public static double textWidth(String text, double font) {
    double w = 0;
    for (int i = 0; i < text.length(); i = text.offsetByCodePoints(i, 1)) {
      int c = text.codePointAt(i);
      w += c >= 0x2e80 ? font * 1.05 : c == ' ' ? font * 0.35 : font * 0.62;
    }
    return w;
  }
}
