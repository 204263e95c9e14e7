package org.linebench.ml.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.linebench.cli.CommandException;
import org.linebench.cli.ExitCode;
import org.linebench.ml.cli.TrainCommand;
import org.linebench.ml.tests.MlCommandsTest.Run;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * {@code train --events FILE --horizon H} as the command line runs it: machines whose vibration
 * rises in the hours before each failure, the label "fails within 10 h" computed from the event
 * file, and the report's lines on events caught, alarms, false alarms per machine and month and
 * lead times, in English and in Chinese.
 */
class EventCommandsTest {
  private static final int HORIZON = 10;

  @TempDir
  Path dir;

  /** The readings' machine and hour, and the failures per machine. */
  private final List<String> rowMachine = new ArrayList<>();
  private final List<Integer> rowHour = new ArrayList<>();
  private final java.util.Map<String, List<Integer>> failures = new java.util.LinkedHashMap<>();
  private final java.util.Map<String, Integer> lastHour = new java.util.HashMap<>();

  /** Eight machines read every hour for 300 to 400 hours, one to three failures each, repaired at once. */
  private void fleet() throws Exception {
    Random random = new Random(8);
    StringBuilder data = new StringBuilder("machine,hour [h],temperature [°C],vibration [mm/s]\n");
    StringBuilder events = new StringBuilder("machine,hour [h]\n");
    for (int m = 1; m <= 8; m++) {
      String name = "M" + m;
      int end = 300 + random.nextInt(100);
      List<Integer> own = new ArrayList<>();
      for (int e = 60 + random.nextInt(60); e < end + 5; e += 80 + random.nextInt(60)) {
        own.add(e);
        events.append(name).append(',').append(e).append('\n');
      }
      failures.put(name, own);
      for (int h = 0; h <= end; h++) {
        int hour = h;
        double before = own.stream().filter(e -> e >= hour).mapToDouble(e -> e - hour).min().orElse(Double.POSITIVE_INFINITY);
        double ramp = before <= 12 ? 3 * (1 - before / 12) : 0;
        data.append(name).append(',').append(h).append(',')
            .append(String.format(Locale.ROOT, "%.2f,%.3f", 60 + 2 * random.nextGaussian(), 2 + ramp + 0.3 * random.nextGaussian()))
            .append('\n');
        rowMachine.add(name);
        rowHour.add(h);
      }
      lastHour.put(name, end);
    }
    events.append("M42,100\n"); // a machine without readings
    Files.writeString(dir.resolve("fleet.csv"), data.toString());
    Files.writeString(dir.resolve("failures.csv"), events.toString());
  }

  /** Whether a reading's label is known: a failure within the horizon, or the data or a later failure beyond it. */
  private boolean known(int row) {
    int t = rowHour.get(row);
    String m = rowMachine.get(row);
    return t + HORIZON <= lastHour.get(m) || failures.get(m).stream().anyMatch(e -> e >= t);
  }

  private int knownRows() {
    return (int) java.util.stream.IntStream.range(0, rowHour.size()).filter(this::known).count();
  }

  /** Hours from each machine's first to its last reading with a known label, summed: every one is tested. */
  private double testedHours() {
    java.util.Map<String, Integer> first = new java.util.HashMap<>();
    java.util.Map<String, Integer> last = new java.util.HashMap<>();
    for (int r = 0; r < rowHour.size(); r++) {
      if (known(r)) {
        first.putIfAbsent(rowMachine.get(r), rowHour.get(r));
        last.put(rowMachine.get(r), rowHour.get(r));
      }
    }
    return last.keySet().stream().mapToDouble(m -> last.get(m) - first.get(m)).sum();
  }

  /** Sets a messages class's texts from one of its properties files. */
  private static void load(Class<?> messages, String file) throws Exception {
    java.util.Properties p = new java.util.Properties();
    try (var in = messages.getResourceAsStream(file)) {
      p.load(in);
    }
    for (String key : p.stringPropertyNames()) {
      messages.getField(key).set(null, p.getProperty(key));
    }
  }

  /** Failures with a reading of their machine in the horizon before them. */
  private int eventsWithReadings() {
    int n = 0;
    for (var f : failures.entrySet()) {
      for (int e : f.getValue()) {
        if (e - HORIZON <= lastHour.get(f.getKey())) {
          n++;
        }
      }
    }
    return n;
  }

  private Run train(String output) throws CommandException {
    return MlCommandsTest.run(dir, new TrainCommand(), "--data", "fleet.csv", "--events", "failures.csv", "--horizon", String.valueOf(HORIZON),
        "--group", "machine", "--time", "hour [h]", "--window", "5", "--classifier", "weka.classifiers.trees.J48", "--folds", "4", "--output",
        output);
  }

  private static String f(double d) {
    return String.format(Locale.ROOT, "%.3f", d);
  }

  @Test
  void failureEventsAreLabelledAndTheWarningsCountedInBothLanguages() throws Exception {
    fleet();
    int events = eventsWithReadings();
    Run en = train("ev");
    assertEquals(ExitCode.OK, en.code());
    assertTrue(en.out().contains("target 'fails within 10', " + knownRows() + " rows, grouped 4-fold cross-validation by 'machine'"), en.out());
    JsonObject card = JsonParser.parseString(Files.readString(dir.resolve("ev/model.json"))).getAsJsonObject();
    assertEquals("[\"0\",\"1\"]", card.getAsJsonObject("schema").getAsJsonObject("target").getAsJsonArray("values").toString(),
        "the failure class is named 1");
    JsonObject e = card.getAsJsonObject("events");
    assertEquals(events, e.get("events").getAsInt(), card.toString());
    int caught = e.get("caught").getAsInt();
    int alarms = e.get("alarms").getAsInt();
    int trueAlarms = e.get("trueAlarms").getAsInt();
    assertTrue(caught >= events * 3 / 4, "the rising vibration is seen before most failures: " + caught + " of " + events);
    assertTrue(trueAlarms >= 1 && trueAlarms <= alarms, e.toString());
    assertEquals("failures.csv", card.getAsJsonObject("series").get("events").getAsString(), card.toString());

    String caughtLine = "failure events caught: " + caught + " of " + events + " (recall " + f(caught / (double) events)
        + "): warned within the 10 before them";
    assertTrue(en.out().contains(caughtLine), en.out());
    double perMonth = e.get("falseAlarmsPerUnitMonth").getAsDouble();
    String alarmsLine = "alarms (runs of warnings): " + alarms + ", " + trueAlarms + " followed by a failure within the horizon (precision "
        + f(trueAlarms / (double) alarms) + "); false alarms per machine and month: " + f(perMonth);
    assertTrue(en.out().contains(alarmsLine), en.out());
    // false alarms over the machines' tested hours (about 350 h each, half a month; 730.485 h a month)
    assertEquals((alarms - trueAlarms) / (testedHours() / 730.485), perMonth, 1e-9);
    Matcher lead = Pattern.compile("warning lead time: median ([0-9.]+), quartiles ([0-9.]+) to ([0-9.]+), range ([0-9.]+) to ([0-9.]+)\n")
        .matcher(en.out());
    assertTrue(lead.find(), en.out());
    double[] l = new double[5];
    for (int i = 0; i < 5; i++) {
      l[i] = Double.parseDouble(lead.group(i + 1));
    }
    assertTrue(l[3] <= l[1] && l[1] <= l[0] && l[0] <= l[2] && l[2] <= l[4] && l[4] <= HORIZON, lead.group());

    Class<?> messages = org.linebench.ml.cli.Messages.class;
    Run zh;
    try {
      load(messages, "messages_zh.properties");
      zh = train("ev-zh");
    } finally {
      load(messages, "messages.properties");
    }
    assertTrue(zh.out().contains("目标“fails within 10”，" + knownRows() + " 行，按“machine”分组的 4 折交叉验证"), zh.out());
    assertTrue(zh.out().contains("捕获的故障事件：" + events + " 个中的 " + caught + " 个（召回率 " + f(caught / (double) events) + "）：在事件前 10 内发出预警"),
        zh.out());
    assertTrue(zh.out().contains("报警（连续预警）：" + alarms + " 次，其中 " + trueAlarms + " 次在预测时距内发生故障（精确率 " + f(trueAlarms / (double) alarms)
        + "）；每台机器每月误报：" + f(perMonth)), zh.out());
    assertTrue(zh.out().contains("预警提前时间：中位数 " + lead.group(1) + "，四分位 " + lead.group(2) + " 至 " + lead.group(3)), zh.out());
  }

  @Test
  void eventsNeedAClassNotANumber() throws Exception {
    fleet();
    for (String recipe : new String[] {"regression", "rul"}) {
      CommandException e = assertThrows(CommandException.class, () -> MlCommandsTest.run(dir, new TrainCommand(), "--data", "fleet.csv",
          "--events", "failures.csv", "--horizon", "10", "--group", "machine", "--time", "hour [h]", "--recipe", recipe, "--output", "r"));
      assertEquals(ExitCode.USAGE, e.exitCode());
      assertTrue(e.getMessage().startsWith("failure events make a class to predict (fails within the horizon or not): recipe '" + recipe
          + "' predicts a number"), e.getMessage());
    }
    CommandException noHorizon = assertThrows(CommandException.class, () -> MlCommandsTest.run(dir, new TrainCommand(), "--data",
        "fleet.csv", "--events", "failures.csv", "--group", "machine", "--time", "hour [h]", "--output", "h"));
    assertEquals(ExitCode.USAGE, noHorizon.exitCode());
    assertTrue(noHorizon.getMessage().contains("failure events need a horizon"), noHorizon.getMessage());
    assertTrue(Files.notExists(dir.resolve("r/model.json")) && Files.notExists(dir.resolve("h/model.json")), "nothing written");
  }
}
