package org.linebench.ml.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.linebench.ml.card.RulFigures;
import org.linebench.ml.data.CsvTable;
import org.linebench.ml.data.DataException;
import org.linebench.ml.series.Rul;
import org.linebench.ml.series.SeriesDetector;
import org.linebench.ml.series.SeriesTable;

/** The remaining-useful-life target and score on FD003, and the recognition of series. */
class RulTest {

  @Test
  void thePhm2008ScorePunishesLatePredictionsMore() {
    assertEquals(0, Rul.score(50, 50));
    assertEquals(Math.E - 1, Rul.score(37, 50), 1e-12, "13 cycles early");
    assertEquals(Math.E - 1, Rul.score(60, 50), 1e-12, "10 cycles late");
    assertTrue(Rul.score(70, 50) > Rul.score(30, 50), "20 late costs more than 20 early");
    RulFigures f = Rul.figures(new double[] {37, 60, 50}, new double[] {50, 50, 50}, new int[] {0, 1, 1}, List.of("a", "b"), true);
    assertEquals(Math.sqrt((169 + 100) / 3.0), f.rmse(), 1e-12);
    assertEquals(23 / 3.0, f.mae(), 1e-12);
    assertEquals(2 * (Math.E - 1), f.score(), 1e-12);
    assertEquals("a", f.units().get(0).unit(), "worst unit first");
    assertEquals(2, f.units().get(1).rows());
  }

  @Test
  void theTargetOfRunToFailureSeriesIsTheCappedLifeLeft() throws Exception {
    SeriesTable train = SeriesTable.of(Cmapss.trainTable(), "unit", "cycle");
    double[] rul = Rul.target(train, 125);
    // engine 1 runs 259 cycles (rows 0..258)
    assertEquals(100, train.unitNames().size());
    assertEquals(259, train.rowsPerUnit()[0]);
    assertEquals(125, rul[0], "capped: early in life an engine counts as healthy");
    assertEquals(59, rul[199], "cycle 200 of 259");
    assertEquals(0, rul[258], "its last cycle");
    assertEquals(258, Rul.target(train, Double.POSITIVE_INFINITY)[0]);
  }

  @Test
  void theTruthOfCutSeriesCountsBackFromTheirEnd() throws Exception {
    CsvTable test = CsvTable.read(Cmapss.test(), null);
    SeriesTable s = SeriesTable.of(test, "unit", "cycle");
    double[] truth = Rul.truth(s, CsvTable.read(Cmapss.rul(), null));
    int last = s.rowsPerUnit()[0] - 1;
    assertEquals(44, truth[last], "RUL_FD003 line 1");
    assertEquals(44 + last, truth[0]);
    CsvTable partial = CsvTable.parse("rul.csv", StandardCharsets.UTF_8, "unit,RUL\n1,44\n");
    DataException e = assertThrows(DataException.class, () -> Rul.truth(s, partial));
    assertTrue(e.getMessage().contains("unit 2"), e.getMessage());
  }

  @Test
  void seriesAreRecognizedAndIndependentRowsAreNot() throws Exception {
    SeriesDetector.Found fd003 = SeriesDetector.detect(Cmapss.trainTable(), -1);
    assertEquals(new SeriesDetector.Found("unit", "cycle", 100, 247.2), fd003);
    assertEquals(null, SeriesDetector.detect(CsvTable.read(CsvTableTest.ai4i(), null), -1),
        "AI4I: its product types repeat, but its running number UDI is no time within them");
    CsvTable logger = CsvTable.parse("log.csv", StandardCharsets.UTF_8,
        "time,machine,current [A]\n2026-01-01 00:00:00,A,1\n2026-01-01 00:00:00,B,2\n2026-01-01 00:00:10,A,3\n2026-01-01 00:00:10,B,4\n"
            + "2026-01-01 00:00:20,A,5\n2026-01-01 00:00:20,B,6\n2026-01-01 00:00:30,A,5\n2026-01-01 00:00:30,B,6\n"
            + "2026-01-01 00:00:40,A,5\n2026-01-01 00:00:40,B,6\n2026-01-01 00:00:50,A,5\n");
    SeriesDetector.Found found = SeriesDetector.detect(logger, -1);
    assertEquals("machine", found.unit());
    assertEquals("time", found.time());
  }
}
