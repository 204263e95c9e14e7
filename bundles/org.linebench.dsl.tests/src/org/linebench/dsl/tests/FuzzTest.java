package org.linebench.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.junit.jupiter.api.Test;
import org.linebench.dsl.api.LineModels;
import org.linebench.testing.Sources;

/**
 * Feeds mutated pieces of the examples to parse, link and validate: no exception may escape and
 * nothing may hang. {@code -Dlinebench.fuzz.count} sets the number of inputs (default 100,000).
 */
class FuzzTest {
  private static final String[] TOKENS = {"{", "}", "->", ",", ".", "\"", "-", "°", "/", "%", "station", "line",
      "plant", "flow", "zone", "guard", "protects", "robot", "rework", "takt", "cycle-time", "0", "1e-9", "-3.5",
      "99999999999999999999", "mm", "s", "rpm", "°C", "sec", "S2", "PLd", "of", "import", "namespace", "*", "工位",
      "\u0000", "\t", "\n", "//", "/*", "*/", "''", "^station", "data", "text warning zh \""};

  @Test
  void mutatedExamplesNeverThrowOrHang() throws Exception {
    int count = Integer.getInteger("linebench.fuzz.count", 100_000);
    List<String> sources = new ArrayList<>();
    for (Path f : LineModels.collect(List.of(Sources.examples()))) {
      sources.add(Files.readString(f, StandardCharsets.UTF_8));
    }
    XtextResourceSet rs = LineModels.injector().getInstance(XtextResourceSet.class);
    IResourceValidator validator = LineModels.injector().getInstance(IResourceValidator.class);
    Random random = new Random(20261129);
    long[] slowest = {0};
    int[] withErrors = {0};
    assertTimeoutPreemptively(Duration.ofMinutes(15), () -> {
      for (int i = 0; i < count; i++) {
        String input = mutate(sources.get(random.nextInt(sources.size())), random);
        long t0 = System.nanoTime();
        try {
          Resource r = rs.createResource(URI.createURI("fuzz:/input" + i + ".line"));
          r.load(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), null);
          if (!validator.validate(r, CheckMode.ALL, CancelIndicator.NullImpl).isEmpty()) {
            withErrors[0]++;
          }
          rs.getResources().remove(r);
        } catch (Throwable t) {
          fail("input " + i + " threw " + t + "\n---\n" + input, t);
        }
        slowest[0] = Math.max(slowest[0], System.nanoTime() - t0);
      }
    });
    System.out.printf("fuzz: %d inputs, %d with findings, slowest %.1f ms%n", count, withErrors[0], slowest[0] / 1e6);
    assertTrue(withErrors[0] > count / 2, "most mutations must break something, or the fuzzer is not mutating");
    assertTrue(slowest[0] < Duration.ofSeconds(5).toNanos(), "one input took " + slowest[0] / 1e6 + " ms");
  }

  @Test
  void aStationWhoseNameDoesNotParseLeavesTheEmergencyStopsScopeIntact() throws Exception {
    // found by the fuzzer: a nameless station's zones made the emergency stop's scope throw
    String text = "plant P {\n\tcountry CN\n\tline L {\n\t\ttakt 12 s\n\t\tsource In\n"
        + "\t\tstation  \"Press\" machining {\n\t\t\tcycle-time 10 s\n\t\t\tzone Z\n\t\t}\n"
        + "\t\tsink Out\n\t\temergency-stop ES category 0 covers Press.Z\n\t}\n}\n";
    XtextResourceSet rs = LineModels.injector().getInstance(XtextResourceSet.class);
    Resource r = rs.createResource(URI.createURI("fuzz:/nameless.line"));
    r.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), null);
    var issues = LineModels.injector().getInstance(IResourceValidator.class).validate(r, CheckMode.ALL, CancelIndicator.NullImpl);
    assertTrue(issues.stream().anyMatch(i -> "line.syntax".equals(i.getCode())), issues.toString());
    assertTrue(issues.stream().anyMatch(i -> "line.unresolved-reference".equals(i.getCode()) && i.getLineNumber() == 11), issues.toString());
  }

  /** A window of 10 to 40 lines of a source, with one to three mutations. */
  static String mutate(String source, Random random) {
    String[] lines = source.split("\n", -1);
    int from = random.nextInt(Math.max(1, lines.length - 10));
    int to = Math.min(lines.length, from + 10 + random.nextInt(30));
    StringBuilder b = new StringBuilder(String.join("\n", java.util.Arrays.copyOfRange(lines, from, to)));
    int mutations = 1 + random.nextInt(3);
    for (int m = 0; m < mutations && b.length() > 0; m++) {
      int at = random.nextInt(b.length());
      switch (random.nextInt(6)) {
        case 0 -> b.delete(at, Math.min(b.length(), at + 1 + random.nextInt(20)));
        case 1 -> b.insert(at, " " + TOKENS[random.nextInt(TOKENS.length)] + " ");
        case 2 -> b.setCharAt(at, (char) (32 + random.nextInt(95)));
        case 3 -> b.setLength(at);
        case 4 -> {
          int end = b.indexOf("\n", at);
          b.insert(at, b.substring(at, end < 0 ? b.length() : end));
        }
        default -> b.insert(at, (char) random.nextInt(0x3000));
      }
    }
    return b.toString();
  }
}
