package org.linebench.lsp.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import org.apache.log4j.Logger;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.ide.server.ProjectManager;
import org.eclipse.xtext.ide.server.concurrent.IRequestManager;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.service.OperationCanceledManager;
import org.eclipse.xtext.util.CancelIndicator;
import org.linebench.lsp.LineServer;
import org.linebench.model.line.LineFile;
import org.linebench.rules.api.Finding;
import org.linebench.rules.PlantModel;
import org.linebench.rules.RuleEngine;
import org.linebench.rules.RulePack;
import org.linebench.rules.api.Severity;
import org.linebench.rules.report.Texts;

import com.google.inject.Inject;
import com.google.inject.Singleton;

/**
 * Runs the certification rule packs over the workspace's plants, as {@code linebench validate} does
 * over a folder, and hands the findings to {@link Diagnostics}. A run starts a moment after the last
 * build (each edit restarts the wait), reads the models the build left in a read request (an edit
 * cancels it between plants), and checks every plant with the packs of its country.
 */
@Singleton
public class Findings {
  private static final Logger LOG = Logger.getLogger(Findings.class);

  /** What one run checked and found. */
  public record Summary(int files, int plants, List<String> packs, long errors, long warnings, long infos) {}

  @Inject
  private LineServer.Settings settings;
  @Inject
  private Diagnostics diagnostics;
  @Inject
  private LineWorkspaceManager workspace;
  @Inject
  private IRequestManager requests;
  @Inject
  private OperationCanceledManager cancellation;

  private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
    Thread t = new Thread(r, "linebench-lsp-rules"); //$NON-NLS-1$
    t.setDaemon(true);
    return t;
  });
  private ScheduledFuture<?> pending;
  private RuleEngine engine;
  private volatile CompletableFuture<Summary> last = CompletableFuture.completedFuture(null);

  /** A build has finished: run the packs after the delay (at once after the first build). */
  public synchronized void afterBuild(boolean first) {
    if (timer.isShutdown()) {
      return;
    }
    if (pending != null) {
      pending.cancel(false);
    }
    pending = timer.schedule(() -> {
      last = requests.runRead(this::check);
    }, first ? 0 : settings.ruleDelay().toMillis(), TimeUnit.MILLISECONDS);
  }

  /** The last run (tests, benchmarks); may be one that an edit cancelled. */
  public CompletableFuture<Summary> last() {
    return last;
  }

  /** Checks every plant of the workspace now and publishes the findings; runs in a read request. */
  public Summary check(CancelIndicator cancel) {
    List<LineFile> files = new ArrayList<>();
    Map<Path, URI> uris = new HashMap<>();
    Map<URI, FindingIssue.Text> texts = new HashMap<>();
    for (ProjectManager pm : workspace.getProjectManagers()) {
      XtextResourceSet rs = pm.getResourceSet();
      if (rs == null || !(pm.getProjectConfig() instanceof LineWorkspaceConfigFactory.Project project)) {
        continue;
      }
      for (URI uri : pm.getIndexState().getResourceDescriptions().getAllURIs()) {
        cancellation.checkCanceled(cancel);
        if (!project.owns(uri) || !uri.isFile()) {
          continue;
        }
        Resource r = pm.getResource(uri);
        if (!r.getContents().isEmpty() && r.getContents().get(0) instanceof LineFile lf) {
          files.add(lf);
          uris.put(Path.of(uri.toFileString()), uri);
          if (r instanceof XtextResource xr && xr.getParseResult() != null) {
            texts.put(uri, new FindingIssue.Text(xr.getParseResult().getRootNode().getText()));
          }
        }
      }
    }
    List<PlantModel> plants = PlantModel.of(files);
    Texts t = Texts.of(settings.locale());
    Map<URI, List<FindingIssue>> byFile = new LinkedHashMap<>();
    List<String> ran = new ArrayList<>();
    long[] counts = new long[Severity.values().length];
    int checked = 0;
    for (PlantModel plant : plants) {
      cancellation.checkCanceled(cancel);
      RuleEngine.Outcome outcome = run(plant);
      checked += outcome.plantsChecked();
      outcome.packs().stream().map(RulePack::id).filter(id -> !ran.contains(id)).forEach(ran::add);
      for (Finding f : outcome.findings()) {
        URI uri = f.file() == null ? null : uris.get(f.file());
        if (uri == null) {
          continue; // in a file the workspace only imports
        }
        String message = f.message() + (f.citation().isEmpty() ? "" : t.bind("text.citation", f.citation())); //$NON-NLS-1$ //$NON-NLS-2$
        byFile.computeIfAbsent(uri, u -> new ArrayList<>()).add(new FindingIssue(f, uri, message, texts.getOrDefault(uri, new FindingIssue.Text("")))); //$NON-NLS-1$
        counts[f.severity().ordinal()]++;
      }
    }
    cancellation.checkCanceled(cancel);
    diagnostics.findings(byFile);
    return new Summary(files.size(), checked, ran, counts[Severity.ERROR.ordinal()], counts[Severity.WARNING.ordinal()],
        counts[Severity.INFO.ordinal()]);
  }

  /** One plant through the packs; a run that the server's end stopped is a cancelled one, not an error. */
  private RuleEngine.Outcome run(PlantModel plant) {
    try {
      return engine().run(settings.packs(), List.of(plant), settings.locale(), settings.anyJurisdiction());
    } catch (RejectedExecutionException e) {
      if (timer.isShutdown()) {
        cancellation.throwOperationCanceledException();
      }
      throw e;
    }
  }

  private synchronized RuleEngine engine() {
    if (engine == null) {
      engine = new RuleEngine(settings.ruleBudget());
    }
    return engine;
  }

  /** Stops scheduling runs and the rule threads. */
  public synchronized void dispose() {
    timer.shutdownNow();
    if (engine != null) {
      engine.close();
    }
    LOG.debug("rule runs stopped"); //$NON-NLS-1$
  }
}
