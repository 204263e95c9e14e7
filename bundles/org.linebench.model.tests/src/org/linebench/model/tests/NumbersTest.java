package org.linebench.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.linebench.model.units.Numbers;

/** The one number formatter: exact for line files, rounded for findings (3 decimals) and hovers (4). */
class NumbersTest {

  @Test
  void plainIsExactAndWholeNumbersHaveNoDecimalPoint() {
    assertEquals("55", Numbers.plain(55.0));
    assertEquals("-3", Numbers.plain(-3.0));
    assertEquals("1.5", Numbers.plain(1.5));
    assertEquals("0.0166667", Numbers.plain(0.0166667));
    assertEquals("1.0E-7", Numbers.plain(1e-7));
    assertEquals("1.0E15", Numbers.plain(1e15));
  }

  @Test
  void findingsRoundToThreeDecimalsWithoutTrailingZeros() {
    assertEquals("664", Numbers.rounded(664.0, 3));
    assertEquals("0.335", Numbers.rounded(0.335, 3));
    assertEquals("1234.568", Numbers.rounded(1234.56789, 3));
    assertEquals("-12.5", Numbers.rounded(-12.5, 3));
    assertEquals("0", Numbers.rounded(0.0, 3));
    assertEquals("5e-7", Numbers.rounded(5e-7, 3));
    assertEquals("4.2e-8", Numbers.rounded(4.2e-8, 3));
    assertEquals("100000000", Numbers.rounded(1e8, 3));
    assertEquals("320", Numbers.rounded(0.32 * 1000, 3), "320.00000000000006 ms reads 320");
    assertEquals("NaN", Numbers.rounded(Double.NaN, 3));
  }

  @Test
  void hoversRoundToFourDecimals() {
    assertEquals("0.8667", Numbers.rounded(52 / 60.0, 4));
    assertEquals("0.0144", Numbers.rounded(52 / 3600.0, 4));
    assertEquals("52000", Numbers.rounded(52000, 4));
    assertEquals("0.0005", Numbers.rounded(0.0005, 4));
    assertEquals("2e-5", Numbers.rounded(0.00002, 4));
  }
}
