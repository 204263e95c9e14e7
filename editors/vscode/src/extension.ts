// The LineBench extension: starts the bundled line language server (server/linebench-lsp, Equinox on
// the user's Java 21+) for *.line files, and adds two commands: Validate Workspace (the rule packs
// over every plant of the workspace, findings in the Problems view) and Open Line Diagram (the
// headless diagram's SVG in a webview, redrawn when a line file is saved).
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { ExecuteCommandRequest, LanguageClient, LanguageClientOptions, ServerOptions } from 'vscode-languageclient/node';

let client: LanguageClient | undefined;
const diagrams = new Map<string, vscode.WebviewPanel>();

interface Summary { files: number; plants: number; packs: string[]; errors: number; warnings: number; }
interface Diagram { uri: string; svg: string | null; }

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const config = vscode.workspace.getConfiguration('linebench');
  const folder = config.get<string>('server.path') || context.asAbsolutePath('server');
  const windows = process.platform === 'win32';
  const script = path.join(folder, windows ? 'linebench-lsp.cmd' : 'linebench-lsp');
  const env: NodeJS.ProcessEnv = { ...process.env };
  const javaHome = config.get<string>('java.home');
  if (javaHome) {
    env.LINEBENCH_JAVA_HOME = javaHome;
  }
  const language = languageOf(config.get<string>('language') ?? 'auto', vscode.env.language);
  const serverOptions: ServerOptions = {
    command: script,
    args: ['--lang', language],
    options: { env, shell: windows, cwd: folder },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [{ scheme: 'file', language: 'line' }],
    synchronize: { fileEvents: vscode.workspace.createFileSystemWatcher('**/*.line') },
    initializationOptions: { language },
  };
  if (!fs.existsSync(script)) {
    vscode.window.showErrorMessage(vscode.l10n.t('The LineBench language server could not start: {0}. It needs Java 21 or newer: set linebench.java.home.', script));
    return;
  }
  client = new LanguageClient('linebench', 'LineBench', serverOptions, clientOptions);
  context.subscriptions.push(
    vscode.commands.registerCommand('linebench.validate', validateWorkspace),
    vscode.commands.registerCommand('linebench.openDiagram', (uri?: vscode.Uri) => openDiagram(context, uri)),
    vscode.workspace.onDidSaveTextDocument(doc => {
      if (doc.languageId === 'line') {
        diagrams.forEach((_, uri) => refresh(uri));
      }
    }),
  );
  try {
    await client.start();
  } catch (e) {
    vscode.window.showErrorMessage(vscode.l10n.t('The LineBench language server could not start: {0}. It needs Java 21 or newer: set linebench.java.home.', String(e)));
  }
}

/** en or zh: the setting, or VS Code's display language for auto. */
export function languageOf(setting: string, displayLanguage: string): string {
  if (setting === 'en' || setting === 'zh') {
    return setting;
  }
  return displayLanguage.toLowerCase().startsWith('zh') ? 'zh' : 'en';
}

async function validateWorkspace(): Promise<void> {
  if (!client) {
    return;
  }
  const r = await client.sendRequest(ExecuteCommandRequest.type, { command: 'linebench.validateWorkspace', arguments: [] }) as Summary;
  vscode.window.showInformationMessage(vscode.l10n.t('LineBench: {0} files, {1} plants checked with rule packs {2}: {3} errors, {4} warnings',
    r.files, r.plants, r.packs.join(',') || '-', r.errors, r.warnings));
  await vscode.commands.executeCommand('workbench.actions.view.problems');
}

async function openDiagram(context: vscode.ExtensionContext, uri?: vscode.Uri): Promise<void> {
  const target = uri ?? vscode.window.activeTextEditor?.document.uri;
  if (!target || !target.path.endsWith('.line')) {
    vscode.window.showInformationMessage(vscode.l10n.t('Open a .line file to see its diagram.'));
    return;
  }
  const key = target.toString();
  let panel = diagrams.get(key);
  if (panel) {
    panel.reveal(vscode.ViewColumn.Beside);
  } else {
    panel = vscode.window.createWebviewPanel('linebench.diagram', vscode.l10n.t('Line diagram: {0}', path.basename(target.fsPath)),
      vscode.ViewColumn.Beside, { enableScripts: false });
    diagrams.set(key, panel);
    panel.onDidDispose(() => diagrams.delete(key), null, context.subscriptions);
  }
  await refresh(key);
}

async function refresh(uri: string): Promise<void> {
  const panel = diagrams.get(uri);
  if (!panel || !client) {
    return;
  }
  const r = await client.sendRequest(ExecuteCommandRequest.type, { command: 'linebench.diagram', arguments: [uri] }) as Diagram;
  panel.webview.html = page(r.svg);
}

/** The SVG as a page: no scripts, styles only from the SVG itself. */
export function page(svg: string | null): string {
  const body = svg ?? `<p>${escape(vscode.l10n.t('This file has no line to draw.'))}</p>`;
  return `<!DOCTYPE html><html><head><meta charset="UTF-8">`
    + `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:;">`
    + `<style>body{background:#fff;margin:0;padding:8px}svg{max-width:100%;height:auto}</style></head><body>${body}</body></html>`;
}

function escape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export async function deactivate(): Promise<void> {
  if (client) {
    await client.stop();
  }
}
