package org.linebench.assist.llama.internal;

/**
 * The storage of ggml's tensor types: elements per block and bytes per block (ggml's type traits),
 * for the types seen in GGUF models. A type not listed here gives -1 (its size is left unchecked).
 */
final class GgmlTypes {
  // index = ggml type id: {elements per block, bytes per block}; {0, 0} = not listed (removed or rare types)
  private static final int[][] BLOCKS = {
      {1, 4}, // 0 F32
      {1, 2}, // 1 F16
      {32, 18}, // 2 Q4_0
      {32, 20}, // 3 Q4_1
      {0, 0}, {0, 0}, // 4, 5 removed
      {32, 22}, // 6 Q5_0
      {32, 24}, // 7 Q5_1
      {32, 34}, // 8 Q8_0
      {32, 36}, // 9 Q8_1
      {256, 84}, // 10 Q2_K
      {256, 110}, // 11 Q3_K
      {256, 144}, // 12 Q4_K
      {256, 176}, // 13 Q5_K
      {256, 210}, // 14 Q6_K
      {256, 292}, // 15 Q8_K
  };
  private static final int BF16 = 30;

  private GgmlTypes() {}

  /** The bytes of {@code elements} values of ggml type {@code type}, or -1 when the type's storage is not known here. */
  static long bytes(int type, long elements) {
    if (type == BF16) {
      return 2 * elements;
    }
    if (type < 0 || type >= BLOCKS.length || BLOCKS[type][0] == 0) {
      return -1;
    }
    return elements / BLOCKS[type][0] * BLOCKS[type][1];
  }
}
