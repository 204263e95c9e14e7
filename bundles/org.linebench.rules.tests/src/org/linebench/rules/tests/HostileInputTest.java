package org.linebench.rules.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.linebench.cli.CommandException;
import org.linebench.cli.ExitCode;
import org.linebench.cli.UsageException;

/** {@code linebench validate} given what is no line file, or an option that makes no sense: exit 2 and the reason. */
class HostileInputTest {
  private static final String LINE = """
      plant P "长春车身车间" {
      	country CN
      	line L {
      		takt 60 s
      		source In
      		station A manual-workstation { cycle-time 50 s operators 1 }
      		sink Out
      		flow In -> A
      		flow A -> Out
      	}
      }
      """;

  @TempDir
  Path dir;

  @Test
  void aFifoArgumentIsNamedAsAFifoNotAsMissing() throws Exception {
    Path fifo = dir.resolve("plant.line");
    if (new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() != 0) {
      return; // no FIFOs here
    }
    CommandException e = assertTimeoutPreemptively(Duration.ofSeconds(60),
        () -> assertThrows(CommandException.class, () -> Fixtures.validate(dir, Fixtures.EN, "plant.line", "--rules", "none")));
    assertEquals(ExitCode.USAGE, e.exitCode());
    assertEquals(fifo + " is a FIFO (named pipe), not a regular file: LineBench reads only regular files", e.getMessage());
  }

  @Test
  void theRuleTimeoutMustBeAPositiveNumber() {
    for (String bad : new String[] {"0", "-5", "ten"}) {
      UsageException e = assertThrows(UsageException.class, () -> Fixtures.validate(dir, Fixtures.EN, ".", "--rule-timeout", bad));
      assertEquals("--rule-timeout wants a positive number of milliseconds, not '" + bad + "'", e.getMessage());
    }
  }

  @Test
  void aGbkLineFileIsCheckedLikeItsUtf8TwinAndNoted() throws Exception {
    Files.write(dir.resolve("gbk.line"), LINE.getBytes(Charset.forName("GBK")));
    Files.writeString(dir.resolve("utf8.line"), LINE);
    Fixtures.Run gbk = Fixtures.validate(dir, Fixtures.EN, "gbk.line", "--rules", "cn");
    Fixtures.Run utf8 = Fixtures.validate(dir, Fixtures.EN, "utf8.line", "--rules", "cn");
    assertEquals(utf8.code(), gbk.code());
    assertEquals(utf8.out().replace("utf8.line", "gbk.line"), gbk.out(), "no false findings from garbled text");
    assertTrue(gbk.err().contains("gbk.line: read as GB18030 (not UTF-8)"), gbk.err());
  }

  @Test
  void anUnreadableFolderSaysPermissionDenied() throws Exception {
    if ("root".equals(System.getProperty("user.name"))) {
      return; // root reads every folder; the product smoke test checks this as another user
    }
    Path locked = Files.createDirectories(dir.resolve("locked"));
    Files.writeString(locked.resolve("a.line"), LINE);
    Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
    try {
      CommandException e = assertThrows(CommandException.class, () -> Fixtures.validate(dir, Fixtures.EN, "locked"));
      assertEquals(ExitCode.USAGE, e.exitCode());
      assertTrue(e.getMessage().contains("permission denied"), e.getMessage());
    } finally {
      Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwx------"));
    }
  }
}
