package org.linebench.launcher;

import java.io.IOException;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;

/**
 * LineBench's launcher: {@code java -jar linebench-launcher.jar [--lang en|zh] <command> [options]}, run by the
 * start scripts with the java they found. It chooses the Java (21 or newer), the JVM options and the language,
 * then runs LineBench's JVM on the same console and exits with its exit code. Compiled for Java 8, so an older
 * Java still runs it far enough to say which Java LineBench needs. Exit code 2 when LineBench cannot start.
 * <p>
 * LINEBENCH_LAUNCHER_DRY_RUN=1 prints the command, one argument a line, instead of running it.
 */
public final class Main {

  private Main() {}

  public static void main(String[] argv) {
    Platform platform = Platform.current();
    List<String> args = Arrays.asList(argv);
    Texts texts = Texts.of(args, platform.locale);
    PrintStream err = ConsoleEncoding.stderr(platform);
    List<String> command;
    try {
      command = Planner.command(platform, args, texts);
    } catch (LaunchException e) {
      err.println("linebench: " + e.getMessage());
      System.exit(2);
      return;
    }
    if ("1".equals(platform.env("LINEBENCH_LAUNCHER_DRY_RUN"))) {
      for (String a : command) {
        System.out.println(a);
      }
      System.exit(0);
    }
    try {
      int code = Child.run(command, platform.os);
      ClassDataArchive.publish(command, code);
      System.exit(code);
    } catch (IOException e) {
      err.println("linebench: " + texts.format("start.failed", command.get(0), e.getMessage()));
      System.exit(2);
    } catch (InterruptedException e) {
      System.exit(130);
    }
  }
}
