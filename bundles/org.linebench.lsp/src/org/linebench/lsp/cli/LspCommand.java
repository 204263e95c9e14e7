package org.linebench.lsp.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;

import org.eclipse.osgi.util.NLS;
import org.linebench.cli.Arguments;
import org.linebench.cli.Command;
import org.linebench.cli.CommandContext;
import org.linebench.cli.CommandException;
import org.linebench.cli.ExitCode;
import org.linebench.cli.UsageException;
import org.linebench.lsp.LineServer;
import org.linebench.rules.RulePack;
import org.linebench.rules.RulePacks;

import com.google.inject.Injector;

/**
 * {@code linebench lsp [--socket PORT] [--rules cn,eu] [--trace FILE]}: the line language server on
 * standard input and output (the way editors start it), or on a local socket for debugging. Runs
 * until the client sends {@code exit} or closes the connection.
 */
public class LspCommand implements Command {
  private static final String SOCKET = "--socket"; //$NON-NLS-1$
  private static final String RULES = "--rules"; //$NON-NLS-1$
  private static final String TRACE = "--trace"; //$NON-NLS-1$

  @Override
  public int run(CommandContext context) throws CommandException {
    Arguments args = Arguments.spec().option(SOCKET).option(RULES).option(TRACE).parse(context.arguments());
    if (!args.positionals().isEmpty()) {
      throw new UsageException(NLS.bind(Messages.Lsp_unexpected, args.positionals().get(0)));
    }
    Integer port = null;
    if (args.value(SOCKET).isPresent()) {
      try {
        port = Integer.valueOf(args.value(SOCKET).get());
      } catch (NumberFormatException e) {
        port = -1;
      }
      if (port < 0 || port > 65535) {
        throw new UsageException(NLS.bind(Messages.Lsp_badPort, args.value(SOCKET).get()));
      }
    }
    LineServer.prepare(); // the language loads while the packs and the server are set up
    RulePacks installed = RulePacks.fromPlatform();
    installed.problems().forEach(context.err()::println);
    List<RulePack> packs = new ArrayList<>();
    boolean explicit = args.value(RULES).isPresent();
    if (explicit) {
      for (String id : RulePacks.parseSelection(args.value(RULES).get())) {
        if (!id.equals("none")) { //$NON-NLS-1$
          packs.add(installed.find(id).orElseThrow(() -> new UsageException(NLS.bind(Messages.Lsp_unknownPack, id,
              installed.packs().stream().map(RulePack::id).collect(Collectors.joining(", ")))))); //$NON-NLS-1$
        }
      }
    } else {
      packs.addAll(installed.packs());
    }
    Injector injector = LineServer.injector(LineServer.Settings.of(context.locale(), packs, explicit));
    PrintWriter trace = trace(context, args);
    try {
      return port == null ? stdio(context, injector, trace) : socket(context, injector, trace, port);
    } finally {
      if (trace != null) {
        trace.close();
      }
    }
  }

  /**
   * Standard output carries the protocol and nothing else: whatever a library prints on
   * {@code System.out} while the server runs goes to standard error instead.
   */
  private static int stdio(CommandContext context, Injector injector, PrintWriter trace) throws CommandException {
    PrintStream protocol = context.out();
    PrintStream before = System.out;
    System.setOut(context.err());
    try {
      return LineServer.connect(injector, System.in, protocol, trace).ended().get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return ExitCode.OK;
    } catch (ExecutionException e) {
      throw new CommandException(ExitCode.INTERNAL, String.valueOf(e.getCause()), e.getCause());
    } finally {
      System.setOut(before);
    }
  }

  /** One client on a local socket (127.0.0.1 only), then the command ends. */
  private static int socket(CommandContext context, Injector injector, PrintWriter trace, int port) throws CommandException {
    try (ServerSocket server = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
      context.progress(NLS.bind(Messages.Lsp_listening, server.getLocalPort()));
      try (Socket s = server.accept()) {
        return LineServer.connect(injector, s.getInputStream(), s.getOutputStream(), trace).ended().get();
      }
    } catch (IOException e) {
      throw new CommandException(NLS.bind(Messages.Lsp_socket, port, e.getMessage()));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return ExitCode.OK;
    } catch (ExecutionException e) {
      throw new CommandException(ExitCode.INTERNAL, String.valueOf(e.getCause()), e.getCause());
    }
  }

  private static PrintWriter trace(CommandContext context, Arguments args) throws CommandException {
    if (args.value(TRACE).isEmpty()) {
      return null;
    }
    Path file = context.resolve(args.value(TRACE).get());
    try {
      return new PrintWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), true);
    } catch (IOException e) {
      throw new CommandException(NLS.bind(Messages.Lsp_trace, file, e.getMessage()));
    }
  }

  @Override
  public String usage() {
    return Messages.Lsp_usage;
  }
}
