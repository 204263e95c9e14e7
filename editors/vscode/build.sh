#!/usr/bin/env bash
# Packages the VS Code extension with the standalone language server: the build calls it
# (releng/org.linebench.vscode), a person may too.
#   editors/vscode/build.sh SERVER_DIR OUT_DIR
# Copies the extension's sources to OUT_DIR/extension, installs the pinned npm packages
# (package-lock.json), generates the TextMate grammar from the Xtext grammar, compiles the
# TypeScript, bundles SERVER_DIR as server/, packages OUT_DIR/linebench-VERSION.vsix with vsce and
# checks it. Without node and npm it says so and does nothing (exit 0).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
server=${1:?usage: build.sh SERVER_DIR OUT_DIR}
out=${2:?usage: build.sh SERVER_DIR OUT_DIR}
if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
  echo "vscode: node and npm are not installed: the VS Code extension (.vsix) is not packaged (apt-get install nodejs npm)"
  exit 0
fi
major=$(node -p 'process.versions.node.split(".")[0]')
if [ "$major" -lt 18 ]; then
  echo "vscode: node $(node --version) is too old (18 or newer): the VS Code extension (.vsix) is not packaged"
  exit 0
fi
[ -x "$server/linebench-lsp" ] || { echo "vscode: no language server at $server" >&2; exit 1; }
work="$out/extension"
rm -rf "$work"
mkdir -p "$work"
(cd "$here" && tar --exclude=./node_modules --exclude=./out --exclude=./syntaxes --exclude=./server --exclude='./*.vsix' -cf - .) | (cd "$work" && tar -xf -)
cp "$root/LICENSE" "$work/LICENSE"
cp -a "$server" "$work/server"
cd "$work"
npm ci --no-audit --no-fund --loglevel=error
node scripts/generate-grammar.mjs "$root/bundles/org.linebench.dsl/src/org/linebench/dsl/Line.xtext" syntaxes/line.tmLanguage.json
npx --no-install tsc -p .
version=$(node -p 'require("./package.json").version')
vsix="$out/linebench-$version.vsix"
rm -f "$vsix"
npx --no-install vsce package --no-update-package-json --allow-missing-repository --out "$vsix"
node scripts/check-vsix.mjs "$vsix" "$root/bundles/org.linebench.dsl/src/org/linebench/dsl/Line.xtext"
