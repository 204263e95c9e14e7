// Checks a packaged extension: its manifest, the generated grammar, the compiled extension, the
// runtime library and the bundled language server (start scripts, launcher, our bundles; no SWT or
// workbench). Prints the size and what is in it; exits 1 on a missing piece.
//   node scripts/check-vsix.mjs FILE.vsix [GRAMMAR]
import fs from 'fs';
import path from 'path';
import { fileURLToPath } from 'url';
import yauzl from 'yauzl';

const here = path.dirname(fileURLToPath(import.meta.url));
const vsix = process.argv[2];
const grammar = process.argv[3] ?? path.resolve(here, '../../../bundles/org.linebench.dsl/src/org/linebench/dsl/Line.xtext');
const LIMIT = 25 * 1024 * 1024;

const entries = await new Promise((resolve, reject) => {
  yauzl.open(vsix, { lazyEntries: true }, (err, zip) => {
    if (err) return reject(err);
    const found = new Map();
    zip.on('entry', e => {
      const mode = (e.externalFileAttributes >>> 16) & 0o777;
      if (/\/(package\.json|line\.tmLanguage\.json)$/.test(e.fileName) && !e.fileName.includes('node_modules')) {
        zip.openReadStream(e, (err2, s) => {
          if (err2) return reject(err2);
          const chunks = [];
          s.on('data', c => chunks.push(c));
          s.on('end', () => { found.set(e.fileName, { size: e.uncompressedSize, mode, text: Buffer.concat(chunks).toString('utf8') }); zip.readEntry(); });
        });
      } else {
        found.set(e.fileName, { size: e.uncompressedSize, compressed: e.compressedSize, mode });
        zip.readEntry();
      }
    });
    zip.on('end', () => resolve(found));
    zip.readEntry();
  });
});

const problems = [];
const need = (ok, what) => { if (!ok) problems.push(what); };
const names = [...entries.keys()];
const has = re => names.some(n => re.test(n));

const manifest = JSON.parse(entries.get('extension/package.json')?.text ?? '{}');
need(manifest.name === 'linebench' && manifest.publisher === 'linebench', 'manifest: name and publisher');
need(manifest.contributes?.languages?.some(l => l.id === 'line' && l.extensions.includes('.line')), 'manifest: the line language for *.line');
need(manifest.contributes?.grammars?.some(g => g.scopeName === 'source.line'), 'manifest: the TextMate grammar');
for (const c of ['linebench.validate', 'linebench.openDiagram']) {
  need(manifest.contributes?.commands?.some(x => x.command === c), `manifest: command ${c}`);
}
for (const s of ['linebench.java.home', 'linebench.language']) {
  need(manifest.contributes?.configuration?.properties?.[s], `manifest: setting ${s}`);
}
need(entries.has('extension/' + manifest.main?.replace(/^\.\//, '')), 'the compiled extension ' + manifest.main);
need(has(/^extension\/node_modules\/vscode-languageclient\/node\.js$/), 'vscode-languageclient');
need(entries.has('extension/package.nls.zh-cn.json') && entries.has('extension/l10n/bundle.l10n.zh-cn.json'), 'the Chinese texts');

const tm = entries.get('extension/syntaxes/line.tmLanguage.json');
const keywords = [...new Set([...fs.readFileSync(grammar, 'utf8').replace(/\/\/.*$/gm, '').matchAll(/'([A-Za-z][A-Za-z0-9_/-]*)'/g)].map(m => m[1]))];
need(tm && keywords.every(k => tm.text.includes(k.replace(/[-/]/g, c => '\\\\' + c))), `the grammar highlights all ${keywords.length} keywords of ${path.basename(grammar)}`);

const script = entries.get('extension/server/linebench-lsp');
need(script && (script.mode & 0o100), 'server/linebench-lsp, executable');
need(entries.has('extension/server/linebench-lsp.cmd'), 'server/linebench-lsp.cmd');
need(has(/^extension\/server\/plugins\/org\.eclipse\.equinox\.launcher_[^/]*\.jar$/), 'the Equinox launcher');
need(has(/^extension\/server\/configuration\/config\.ini$/), 'the server configuration');
for (const b of ['org.linebench.lsp', 'org.linebench.dsl', 'org.linebench.dsl.ide', 'org.linebench.dsl.ml', 'org.linebench.ml.card', 'org.linebench.rules', 'org.linebench.rules.cn', 'org.linebench.rules.eu', 'org.eclipse.xtext.ide', 'org.eclipse.lsp4j']) {
  need(has(new RegExp(`^extension/server/plugins/${b.replace(/\./g, '\\.')}_[^/]*\\.jar$`)), `the bundle ${b}`);
}
const ui = names.filter(n => /^extension\/server\/plugins\/(org\.eclipse\.(swt|ui|jface|e4\.ui)|org\.linebench\.[a-z.]*ui)[._]/.test(n));
need(ui.length === 0, `no SWT or workbench in the server: ${ui.join(', ')}`);

const size = fs.statSync(vsix).size;
// the language server checks model attachments by reading cards (org.linebench.ml.card): it needs no Weka
const weka = names.filter(n => /^extension\/server\/plugins\/([^/]*weka[^/]*|org\.linebench\.ml_[^/]*)\.jar$/i.test(n));
need(weka.length === 0, `no Weka and no org.linebench.ml in the server: ${weka.map(n => path.basename(n)).join(', ')}`);
const serverBytes = names.filter(n => n.startsWith('extension/server/')).reduce((s, n) => s + (entries.get(n).compressed ?? 0), 0);
const mb = b => (b / 1024 / 1024).toFixed(1) + ' MB';
console.log(`${path.basename(vsix)}: ${mb(size)} (limit ${mb(LIMIT)}), ${names.length} files; server ${mb(serverBytes)} in ${names.filter(n => /^extension\/server\/plugins\/[^/]+$/.test(n)).length} plugins`
  + (weka.length ? `; ${weka.map(n => path.basename(n)).join(', ')}` : '; no Weka'));
if (size > LIMIT) {
  console.log(`WARNING: ${path.basename(vsix)} is larger than ${mb(LIMIT)}`);
}
if (problems.length) {
  console.error('check-vsix: missing or wrong:\n  ' + problems.join('\n  '));
  process.exit(1);
}
console.log('check-vsix: manifest, grammar, extension and server are complete');
