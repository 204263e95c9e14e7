package org.linebench.launcher;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs LineBench's JVM on the launcher's console and waits for it. */
final class Child {

  private Child() {}

  /** Runs the command with the launcher's stdin, stdout and stderr; returns its exit code. */
  static int run(List<String> command, Platform.Os os) throws IOException, InterruptedException {
    List<String> cmd = command;
    if (os == Platform.Os.WINDOWS) {
      // legacy quoting: pre-quoted arguments pass through unchanged (see WindowsCommandLine)
      System.setProperty("jdk.lang.Process.allowAmbiguousCommands", "true");
      cmd = WindowsCommandLine.forProcessBuilder(command);
    }
    final Process process = new ProcessBuilder(cmd).inheritIO().start();
    final boolean windows = os == Platform.Os.WINDOWS;
    // Ctrl+C reaches both JVMs (the console's process group); a launcher stopped on its own (kill PID) asks
    // LineBench to stop too, and waits for it to close its workspace.
    Thread stop = new Thread(new Runnable() {
      @Override
      public void run() {
        if (!process.isAlive()) {
          return;
        }
        if (!windows) {
          process.destroy(); // SIGTERM: the JVM's shutdown runs (on Windows destroy() would kill it at once)
        }
        try {
          if (!process.waitFor(20, TimeUnit.SECONDS)) {
            process.destroyForcibly();
          }
        } catch (InterruptedException e) {
          process.destroyForcibly();
        }
      }
    }, "linebench-stop");
    Runtime.getRuntime().addShutdownHook(stop);
    int code = process.waitFor();
    try {
      Runtime.getRuntime().removeShutdownHook(stop);
    } catch (IllegalStateException e) { // already shutting down
    }
    return code;
  }
}
