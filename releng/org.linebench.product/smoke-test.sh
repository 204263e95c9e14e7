#!/usr/bin/env bash
# Runs the materialized Linux product the way a user does, through its start script.
#   smoke-test.sh PRODUCT_DIR WORK_DIR EXAMPLES_DIR ARCHIVES_DIR VERSION
# Also checks the archives of the other platforms (layout) and runs the Linux package with its own Java.
# Prints one line per check and a closing "smoke: N passed, N failed"; exits 1 if any failed.
set -u
product=$1
work=$2
examples=$3
archives=${4:-}
version=${5:-}
rm -rf "$work"; mkdir -p "$work"
export LINEBENCH_CACHE="$work/cache"   # the workbench's class data archive, not the user's
lb="$product/linebench"
passed=0; failed=0

check() {  # check NAME CONDITION...   (CONDITION is a command; its success is the check)
  local name=$1; shift
  if "$@"; then passed=$((passed + 1)); echo "ok - $name"
  else failed=$((failed + 1)); echo "FAILED - $name"; sed 's/^/    | /' "$work/out" "$work/err" | head -n 20; fi
}
run() {  # run ARGS...: runs the product, keeps stdout, stderr, exit code and time
  local t0=$(date +%s%N)
  "$lb" "$@" >"$work/out" 2>"$work/err" </dev/null
  code=$?
  ms=$(( ($(date +%s%N) - t0) / 1000000 ))
}
lines() { grep -c '' "$1"; }

run --help
check "--help exits 0 and lists the commands (${ms} ms)" \
  bash -c '[ '$code' = 0 ] && grep -q "Usage: linebench" "$1/out" && grep -qE "^  version +Show the version" "$1/out" && grep -qE "^  workbench +Open" "$1/out"' _ "$work"
help_ms=$ms
check "--help writes nothing on stderr" bash -c '[ ! -s "$1/err" ]' _ "$work"

run no-such-command
check "an unknown command exits 2 with one line on stderr" \
  bash -c '[ '$code' = 2 ] && [ ! -s "$1/out" ] && [ "$(grep -c "" "$1/err")" = 1 ] && grep -q "no-such-command" "$1/err"' _ "$work"

run --lang zh help
check "--lang zh help prints Chinese, plugin.xml labels included" \
  bash -c '[ '$code' = 0 ] && grep -q "用法：linebench" "$1/out" && grep -q "打开 LineBench 工作台窗口" "$1/out"' _ "$work"

run help --lang zh no-such-command
check "errors are in Chinese with --lang zh" bash -c '[ '$code' = 2 ] && grep -q "未知命令" "$1/err"' _ "$work"

run --lang fr help
check "an unknown language exits 2" bash -c '[ '$code' = 2 ] && [ "$(grep -c "" "$1/err")" = 1 ]' _ "$work"

run version
check "version names LineBench and Java" bash -c '[ '$code' = 0 ] && grep -q "^LineBench 0\." "$1/out" && grep -q "^Java: " "$1/out"' _ "$work"

run version --help
check "--help of a command shows its usage" bash -c '[ '$code' = 0 ] && grep -q "Usage: linebench version" "$1/out"' _ "$work"

run help --bogus
check "an unknown option exits 2 with one line" bash -c '[ '$code' = 2 ] && [ "$(grep -c "" "$1/err")" = 1 ] && grep -q -- "--bogus" "$1/err"' _ "$work"

# The line language: the clean examples validate clean; a broken file gives file:line:column findings.
run validate "$examples/bodyshop" "$examples/electronics" "$examples/library"
check "validate of the clean examples exits 0 with no findings (${ms} ms)" bash -c '[ '$code' = 0 ] && [ ! -s "$1/out" ] && grep -q "0 errors" "$1/err"' _ "$work"
check "the first validation leaves its class data archive in the cache, whole (no part left) and silently" \
  bash -c 'ls "$1"/cache/validate-*.jsa >/dev/null 2>&1 && ! ls "$1"/cache/*.part >/dev/null 2>&1 && ! grep -q "^\[" "$1/err"' _ "$work"
LINEBENCH_JAVA_OPTS=-Xlog:cds run validate "$examples/library"
check "the next validation maps that archive (${ms} ms)" bash -c '[ '$code' = 0 ] && grep -q "Mapped dynamic region" "$1/out"' _ "$work"

# Certification rules: the non-compliant examples fail, in Chinese with GB numbers; reports parse.
run --lang zh validate "$examples" --rules cn
check "validate --rules cn --lang zh exits 1 with Chinese findings citing GB, on the non-compliant files only (${ms} ms)" \
  bash -c '[ '$code' = 1 ] && grep -q "GB/T 19876-2012 第 6.2, 6.5 条" "$1/out" && grep -q "光幕 LC20" "$1/out" && ! grep -v "^    " "$1/out" | grep -qv "bodyshop-noncompliant/"' _ "$work"
run validate "$examples"
check "validate examples runs the EU pack too, and no integrator's example pack (examples/integrator is not in the product)" \
  bash -c '[ '$code' = 1 ] && grep -q "EN ISO 13855:2010" "$1/out" && ! grep -q "\[acme\." "$1/out"' _ "$work"
# A machine that takes 3 s to stop, guarded by fences and a door: LineBench's own packs find nothing, so validate passes.
mkdir -p "$work/slow"; cp -r "$examples/bodyshop" "$examples/library" "$work/slow/"
sed -i 's/^\t\t\tstopping-time 300 ms$/\t\t\tstopping-time 3 s/' "$work/slow/bodyshop/bodyshop.line"
run validate "$work/slow"
check "validate of a line with a slow machine (3 s) exits 0 where LineBench's packs find nothing" \
  bash -c '[ '$code' = 0 ] && [ ! -s "$1/out" ] && grep -q "stopping-time 3 s" "$1/slow/bodyshop/bodyshop.line" && grep -q "0 errors, 0 warnings" "$1/err"' _ "$work"
run validate "$examples" --rules cn --format sarif --output "$work/cn.sarif"
check "--format sarif --output writes SARIF 2.1.0 JSON" bash -c '[ '$code' = 1 ] && [ ! -s "$1/out" ] && grep -q "\"version\": \"2.1.0\"" "$1/cn.sarif" \
  && { ! command -v python3 >/dev/null || python3 -c "import json,sys; d=json.load(open(sys.argv[1])); assert d[\"runs\"][0][\"results\"]" "$1/cn.sarif"; }' _ "$work"
run --lang zh validate "$examples" --rules cn --format html --output "$work/cn.html"
check "--format html writes a Chinese report with a chart" bash -c '[ '$code' = 1 ] && grep -q "<svg" "$1/cn.html" && grep -q "LineBench 合规报告" "$1/cn.html"' _ "$work"
run --lang zh validate "$examples/bodyshop-noncompliant" --rules cn --format pdf --output "$work/cn.pdf"
check "--format pdf writes the technical file (${ms} ms)" bash -c '[ '$code' = 1 ] && [ ! -s "$1/out" ] && [ "$(head -c 5 "$1/cn.pdf")" = "%PDF-" ] && [ "$(stat -c %s "$1/cn.pdf")" -gt 20000 ]' _ "$work"
# every page of the technical file rendered by poppler (another PDF reader than the PDFBox the tests use):
# not blank, at least 0.2 % of each page's pixels inked (a page with its footer only: under 0.1 %)
inked() {  # inked FILE.pgm: per mille of the pixels darker than 200 (pdftoppm writes "P5\nW H\n255\n" then the bytes)
  local header; header=$(head -n 3 "$1" | wc -c)
  tail -c +$((header + 1)) "$1" | od -An -tu1 -v | awk '{for (i = 1; i <= NF; i++) {n++; if ($i < 200) k++}} END {print (n ? int(1000 * k / n) : 0)}'
}
if command -v pdftoppm >/dev/null 2>&1; then
  rm -rf "$work/pages"; mkdir -p "$work/pages"
  pdftoppm -r 30 -gray "$work/cn.pdf" "$work/pages/p" 2>"$work/err" >"$work/out"
  blank=0; pages=0
  for p in "$work"/pages/p-*.pgm; do
    [ -e "$p" ] || continue
    pages=$((pages + 1)); ink=$(inked "$p"); [ "$ink" -ge 2 ] || { blank=$((blank + 1)); echo "blank: $p $ink" >>"$work/err"; }
  done
  check "pdftoppm renders all $pages pages of the technical file, none blank" bash -c '[ '$pages' -ge 4 ] && [ '$blank' = 0 ]'
elif [ -n "${LINEBENCH_REQUIRE_PDFTOPPM:-}" ]; then
  check "pdftoppm (poppler-utils) renders the technical file" false
else
  echo "skip - pdftoppm is not installed (apt-get install poppler-utils): the rendering of the technical file is not checked"
fi
mkdir -p "$work/broken"
printf 'plant P {\n\tcountry CN\n\tline L {\n\t\ttakt 60 s\n\t\tsource In\n\t\tstation A manual-workstation { cycle-time 50 sec operators 1 }\n\t\tsink Out\n\t\tflow In -> A\n\t\tflow A -> Out\n\t}\n}\n' > "$work/broken/bad.line"
(cd "$work/broken" && "$lb" validate bad.line >"$work/out" 2>"$work/err"); code=$?
check "a broken file gives file:line:column: error: ... [code] and exit 1" \
  bash -c '[ '$code' = 1 ] && grep -q "^bad.line:6:48: error: unknown unit .sec.; known units: ms, s, min, h \[line.unknown-unit\]$" "$1/out"' _ "$work"
(cd "$work/broken" && "$lb" --lang zh validate bad.line >"$work/out" 2>"$work/err"); code=$?
check "validate --lang zh gives Chinese findings" bash -c '[ '$code' = 1 ] && grep -q "^bad.line:6:48: 错误: 未知单位“sec”" "$1/out"' _ "$work"
run validate "$work/nothing-here"
check "validate of a missing path exits 2 with one line" bash -c '[ '$code' = 2 ] && [ "$(grep -c "" "$1/err")" = 1 ]' _ "$work"

# The language server: a scripted client starts `linebench lsp`, initializes it on the non-compliant
# body shop and gets its diagnostics over stdin/stdout (structural checks and certification findings).
client="$(dirname "$0")/lsp-client.py"
t0=$(date +%s%N)
python3 "$client" "$examples/bodyshop-noncompliant" bodyshop-bad.line "$lb" lsp >"$work/out" 2>"$work/err" </dev/null; code=$?
ms=$(( ($(date +%s%N) - t0) / 1000000 ))
check "linebench lsp answers initialize and publishes the findings over stdio, and exits 0 after shutdown/exit (${ms} ms)" \
  bash -c '[ '$code' = 0 ] && grep -q "^initialize: " "$1/err" && grep -q "^35:4: cn.gb-t19876.light-curtain-distance: light curtain LC20" "$1/out"' _ "$work"
python3 "$client" "$examples/bodyshop-noncompliant" bodyshop-bad.line "$lb" --lang zh lsp >"$work/out" 2>"$work/err" </dev/null; code=$?
check "linebench --lang zh lsp publishes the findings in Chinese" \
  bash -c '[ '$code' = 0 ] && grep -q "^35:4: cn.gb-t19876.light-curtain-distance: 光幕 LC20" "$1/out" && grep -q "GB/T 19876-2012 第 6.2, 6.5 条" "$1/out"' _ "$work"
run lsp --socket 99999
check "lsp --socket with a bad port exits 2 with one line" bash -c '[ '$code' = 2 ] && [ "$(grep -c "" "$1/err")" = 1 ]' _ "$work"
run bench-lsp --runs 1 --stations 300 --edits 1
check "bench-lsp drives linebench lsp as an editor does and prints its figures (${ms} ms)" \
  bash -c '[ '$code' = 0 ] && grep -q "start to first diagnostics of the body shop" "$1/out" && grep -q "one-station edit in 300 stations" "$1/out"' _ "$work"
sed 's/^/    /' "$work/out"

# Machine learning: train on the example's data, score, refuse a changed model file.
tipwear="$examples/bodyshop/data/tip-wear.csv"
run train --data "$tipwear" --target "Tip dressing due" --drop "Welds since dressing" --folds 5 --output "$work/tw"
check "train prints per-class metrics and writes model + card (${ms} ms)" \
  bash -c '[ '$code' = 0 ] && grep -q "ROC AUC" "$1/out" && grep -q "baseline" "$1/out" && [ -s "$(ls "$1"/tw/model-*.bin)" ] && grep -q "\"sha256\"" "$1/tw/model.json"' _ "$work"
check "train warns about the identifier column on stderr" bash -c 'grep -q "Weld ID" "$1/err" && ! grep -q "mtj" "$1/out"' _ "$work"
run --lang zh train --data "$tipwear" --target "Tip dressing due" --drop "Welds since dressing" --folds 5 --output "$work/tw-zh" --format text
check "train --lang zh prints Chinese metrics" bash -c '[ '$code' = 0 ] && grep -q "精确率" "$1/out" && grep -q "混淆矩阵" "$1/out"' _ "$work"
run score --model "$work/tw" --data "$tipwear" --output "$work/predictions.csv"
check "score writes one prediction per row, UTF-8 with a byte order mark (Excel)" bash -c '[ '$code' = 0 ] && [ "$(grep -c "" "$1/predictions.csv")" = 401 ] && [ "$(head -c 3 "$1/predictions.csv" | od -An -tx1 | tr -d " ")" = efbbbf ] && head -1 "$1/predictions.csv" | tail -c +4 | grep -q "^row,predicted,p(0),p(1)"' _ "$work"
run score --model "$work/tw" --data "$tipwear" --output "$work/plain.csv" --no-bom
check "score --no-bom writes no byte order mark" bash -c '[ '$code' = 0 ] && head -1 "$1/plain.csv" | grep -q "^row,predicted,p(0),p(1)"' _ "$work"
python3 - "$(ls "$work"/tw/model-*.bin)" <<'PY'
import sys
p = sys.argv[1]; b = bytearray(open(p, 'rb').read()); b[len(b) // 2] ^= 1; open(p, 'wb').write(b)
PY
run score --model "$work/tw" --data "$tipwear" --output "$work/tampered.csv"
check "a model file with one byte changed is refused (exit 2, nothing written)" \
  bash -c '[ '$code' = 2 ] && grep -q "SHA-256" "$1/err" && [ ! -e "$1/tampered.csv" ]' _ "$work"
ai4i="$examples/../data/ai4i2020/ai4i2020.csv"   # in the repository (CC BY 4.0, see data/ai4i2020/README.md)
run train --data "$ai4i" --target "Machine failure" --output "$work/ai4i"
f1=$(awk '$1 == "1" && NF == 7 { print $5 }' "$work/out")
check "AI4I maintenance recipe without --drop: failure F1 ${f1:-?} >= 0.85 (${ms} ms)" \
  bash -c '[ '$code' = 0 ] && awk -v f="$2" "BEGIN { exit !(f >= 0.85) }" && grep -q "TWF" "$1/err"' _ "$work" "${f1:-0}"

# Series (issue 13): splits by engine and by time, remaining useful life, streaming scoring; in both languages.
cmapss="$examples/../data/cmapss"   # NASA C-MAPSS FD003 (US government work, see data/cmapss/README.md)
tree="weka.classifiers.trees.RandomTree"   # quick, and it remembers what it saw, as forests do
run train --data "$cmapss/train_FD003.csv" --recipe rul --classifier $tree --group unit --time cycle --window 5,20 --stats mean,std,slope --split shuffled --folds 3 --output "$work/rul-shuffled"
shuffled_rmse=$(sed -n 's/^remaining useful life: RMSE \([0-9.]*\),.*/\1/p' "$work/out")
check "train --recipe rul with a shuffled split on FD003 warns that the data are series (RMSE ${shuffled_rmse:-?}, ${ms} ms)" \
  bash -c '[ '$code' = 0 ] && grep -q "the data look like series: column .unit. names 100 units" "$1/err"' _ "$work"
run --lang zh train --data "$cmapss/train_FD003.csv" --recipe rul --classifier $tree --group unit --time cycle --window 5,20 --stats mean,std,slope --folds 3 --output "$work/rul"
grouped_rmse=$(sed -n 's/^剩余使用寿命：RMSE \([0-9.]*\)，.*/\1/p' "$work/out")
check "train --lang zh --group unit --time cycle --window 5,20: grouped by engine, RMSE ${grouped_rmse:-?} above the shuffled ${shuffled_rmse:-?}, no warning" \
  bash -c '[ '$code' = 0 ] && grep -q "按“unit”分组的 3 折交叉验证" "$1/out" && ! grep -q "看起来是序列" "$1/err" && awk -v g="$2" -v s="$3" "BEGIN { exit !(g > s) }"' _ "$work" "${grouped_rmse:-0}" "${shuffled_rmse:-0}"
run --lang zh train --data "$cmapss/train_FD003.csv" --recipe rul --group unit --time cycle --window 5,600 --output "$work/never"
check "a window longer than any series is an input error, in Chinese (exit 2), and nothing is written" \
  bash -c '[ '$code' = 2 ] && grep -q "窗口 600 比所有序列都长：最长的（unit 55）只有 525 行" "$1/err" && [ ! -e "$1/never/model.json" ]' _ "$work"
head -n 2001 "$cmapss/test_FD003.csv" > "$work/logger.csv"
"$lb" score --model "$work/rul" --data "$work/logger.csv" --output "$work/live.csv" --follow --until-idle 4 >"$work/follow-out" 2>"$work/follow-err" &
follower=$!
for i in $(seq 1 100); do [ -s "$work/live.csv" ] && [ "$(grep -c "" "$work/live.csv")" -ge 2001 ] && break; sleep 0.2; done
tail -n +2002 "$cmapss/test_FD003.csv" >> "$work/logger.csv"
wait $follower; follow_code=$?
run score --model "$work/rul" --data "$cmapss/test_FD003.csv" --output "$work/batch.csv"
check "score --follow predicts rows appended to a logger file as score predicts the whole file ($(lines "$work/live.csv") lines)" \
  bash -c '[ '$follow_code' = 0 ] && [ '$code' = 0 ] && cmp -s "$1/live.csv" "$1/batch.csv"' _ "$work"
# failure events: every FD003 training engine fails at its last cycle (unit,cycle of each)
awk -F, 'NR == 1 { for (i = 1; i <= NF; i++) { if ($i == "unit") u = i; if ($i == "cycle") c = i }; next } { last[$u] = $c } END { print "unit,cycle"; for (k in last) print k "," last[k] }' \
  "$cmapss/train_FD003.csv" > "$work/failures.csv"
run --lang zh train --data "$cmapss/train_FD003.csv" --events "$work/failures.csv" --horizon 30 --classifier $tree --group unit --time cycle --folds 3 --output "$work/events"
check "train --lang zh --events --horizon 30 on FD003: events caught, alarms and lead times in Chinese ($(grep -o "捕获的故障事件：[^（]*" "$work/out"), ${ms} ms)" \
  bash -c '[ '$code' = 0 ] && grep -q "捕获的故障事件：100 个中的" "$1/out" && grep -q "每台机器每 1000 个时间单位误报" "$1/out" && grep -q "预警提前时间：中位数" "$1/out"' _ "$work"
run bench-series --rows 20000 --units 100 --sensors 5 --score-rows 5000 --train-rows 2000 --repeat 1
check "bench-series with small options prints the windows' and score --follow's figures ($(sed -n 's/^score --follow, again: .* s of CPU, \([0-9,]*\) rows per CPU second.*/\1/p' "$work/out") rows per CPU second, ${ms} ms)" \
  bash -c '[ '$code' = 0 ] && grep -q "^round 1: " "$1/out" && grep -q "^score --follow, again: 5000 rows in" "$1/out"' _ "$work"

# Hostile and broken input (issue 11): exit 2 with the reason, in both languages; no hang, no lost model.
mkfifo "$work/pipe.line" "$work/pipe.csv"
run --lang zh validate "$work/pipe.line"
check "a FIFO named as a line file is refused at once, in Chinese (exit 2)" \
  bash -c '[ '$code' = 2 ] && grep -q "是FIFO（命名管道），不是普通文件" "$1/err"' _ "$work"
run train --data "$work/pipe.csv" --target y --output "$work/never"
check "a FIFO named as data is refused at once (exit 2), and no output folder is left" \
  bash -c '[ '$code' = 2 ] && grep -q "a FIFO (named pipe), not a regular file" "$1/err" && [ ! -e "$1/never" ]' _ "$work"
python3 - "$work/gbk.line" <<'PY'
import sys
text = 'plant P "长春车身车间" {\n\tcountry CN\n\tline L {\n\t\ttakt 60 s\n\t\tsource In\n\t\tstation A manual-workstation { cycle-time 50 s operators 1 }\n\t\tsink Out\n\t\tflow In -> A\n\t\tflow A -> Out\n\t}\n}\n'
open(sys.argv[1], 'wb').write(text.encode('gbk'))
open(sys.argv[1].replace('gbk.line', 'bom.line'), 'wb').write(b'\xef\xbb\xbf' + text.encode('utf-8'))
PY
run --lang zh validate "$work/gbk.line" "$work/bom.line" --rules none
check "a GBK line file and one with a UTF-8 BOM validate like UTF-8; the GBK one is noted in Chinese" \
  bash -c '[ '$code' = 0 ] && [ ! -s "$1/out" ] && grep -q "gbk.line：按 GB18030 读取" "$1/err"' _ "$work"
run score --model "$tipwear" --data "$tipwear" --output "$work/x.csv"
check "--model given a CSV says it is data, not a model (exit 2)" bash -c '[ '$code' = 2 ] && grep -q "is a data file, not a model" "$1/err"' _ "$work"
run validate "$examples/bodyshop" --rule-timeout 0
check "--rule-timeout 0 is a usage error" bash -c '[ '$code' = 2 ] && grep -q "positive number of milliseconds" "$1/err"' _ "$work"
run help frob
check "help of an unknown command says so once" \
  bash -c '[ '$code' = 2 ] && [ "$(grep -c "" "$1/err")" = 1 ] && [ "$(grep -o "linebench" "$1/err" | wc -l)" = 2 ]' _ "$work"
sed '3s/,[01]$/,1e999/' "$tipwear" > "$work/infinite.csv"
card_before=$(cat "$work/tw-zh/model.json")
run --lang zh train --data "$work/infinite.csv" --target "Tip dressing due" --recipe regression --folds 5 --output "$work/tw-zh"
check "a target of 1e999 is a data error at its line and column, in Chinese; the old model stays and verifies" \
  bash -c '[ '$code' = 2 ] && grep -q "infinite.csv:3:[0-9]*: 列“Tip dressing due”中的“1e999”不是有限数" "$1/err" && [ "$(cat "$1/tw-zh/model.json")" = "$2" ]' _ "$work" "$card_before"
run score --model "$work/tw-zh" --data "$tipwear" --output "$work/still.csv"
check "... and still scores" bash -c '[ '$code' = 0 ]' _ "$work"
if [ "$(id -u)" = 0 ] && command -v setpriv >/dev/null; then
  mkdir -p "$work/locked" "$work/nobody"; cp "$work/bom.line" "$work/locked/"; chmod 000 "$work/locked"; chmod 777 "$work/nobody"
  LINEBENCH_JAVA_OPTS="-Duser.home=$work/nobody" setpriv --reuid=65534 --regid=65534 --clear-groups "$lb" validate "$work/locked" >"$work/out" 2>"$work/err"; code=$?
  check "an unreadable folder says permission denied (exit 2), as a user who may not read it" \
    bash -c '[ '$code' = 2 ] && grep -q "permission denied" "$1/err"' _ "$work"
  chmod 700 "$work/locked"
fi
# Interchange (issue 18): AutomationML out and back in, shells as AASX, a DOCTYPE refused.
# the body shop's line files and the catalogue they import
bodyshop_files=$(( $(find "$examples/bodyshop" -maxdepth 1 -name '*.line' | wc -l) + 1 ))
run export "$examples/bodyshop" --format aml --output "$work/bodyshop.aml"
check "export --format aml writes a CAEX 3.0 document (${ms} ms)" \
  bash -c '[ '$code' = 0 ] && grep -q "^$2 line files exported to" "$1/out" && grep -q "SchemaVersion=\"3.0\"" "$1/bodyshop.aml"' _ "$work" "$bodyshop_files"
run import "$work/bodyshop.aml" --output "$work/imported"
check "import gives the line files back, all mapped, and they validate (${ms} ms)" \
  bash -c '[ '$code' = 0 ] && grep -q "^$3 line files written to .*; 0 parts not mapped, 0 changed to fit; 0 errors in the written lines$" "$1/out" \
    && "$2" validate "$1/imported" --rules cn >/dev/null 2>&1' _ "$work" "$lb" "$bodyshop_files"
run export "$examples/bodyshop-noncompliant" --format aasx --output "$work/bodyshop.aasx"
check "export --format aasx packs shells with the certification findings, the AutomationML file and the model card" \
  bash -c '[ '$code' = 0 ] && grep -q "certification findings in their safety submodels" "$1/out" && ! grep -q "(0 certification" "$1/out" \
    && python3 -c "import sys, zipfile; n = zipfile.ZipFile(sys.argv[1]).namelist(); assert \"aasx/xml/content.xml\" in n and any(x.endswith(\".aml\") for x in n) and any(x.endswith(\"model.json\") for x in n), n" "$1/bodyshop.aasx"' _ "$work"
printf '<?xml version="1.0"?>\n<!DOCTYPE CAEXFile [<!ENTITY x SYSTEM "file:///etc/passwd">]>\n<CAEXFile xmlns="http://www.dke.de/CAEX" SchemaVersion="3.0" FileName="x.aml">&x;</CAEXFile>\n' > "$work/xxe.aml"
run --lang zh import "$work/xxe.aml" --output "$work/xxe"
check "an AutomationML file with an external entity is refused at its DOCTYPE, in Chinese (exit 2, nothing written)" \
  bash -c '[ '$code' = 2 ] && grep -q "xxe.aml:2:[0-9]*: 文件含有 DOCTYPE 声明" "$1/err" && [ ! -e "$1/xxe" ]' _ "$work"

kills=$(bash "$(dirname "$0")/../tools/kill-loop.sh" "$product" 4 "$work/kill-loop" 2>&1 | tail -n 1)
check "train --output killed with SIGKILL 4 times leaves a folder that verifies each time: ${kills#kill-loop: }" \
  bash -c 'echo "$1" | grep -q ", 0 broken;"' _ "$kills"
mkdir -p "$work/home"
LINEBENCH_JAVA_OPTS="-Duser.home=$work/home" "$lb" train --data "$tipwear" --target "Tip dressing due" --folds 2 --output "$work/home-model" \
  >"$work/out" 2>"$work/err"; code=$?
check "train writes nothing into the home folder (no ~/wekafiles)" bash -c '[ '$code' = 0 ] && [ -z "$(ls -A "$1/home")" ]' _ "$work"


# A Java that is too old is refused with a clear message, before anything starts: the launcher runs on it.
old_java=""
for j in /usr/lib/jvm/*; do
  v=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$j/release" 2>/dev/null)
  [ -x "$j/bin/java" ] && [ -n "$v" ] && [ "$v" -lt 21 ] && { old_java=$j; break; }
done
if [ -n "$old_java" ]; then
  LINEBENCH_JAVA_HOME="$old_java" "$lb" help >"$work/out" 2>"$work/err"; code=$?
  check "a Java $v chosen with LINEBENCH_JAVA_HOME is refused, naming Java 21" bash -c '[ '$code' = 2 ] && grep -q "^linebench: LineBench needs Java 21 or newer; LINEBENCH_JAVA_HOME=.* is Java '$v'.$" "$1/err"' _ "$work"
  LINEBENCH_JAVA_HOME="$old_java" "$lb" --lang zh help >"$work/out" 2>"$work/err"; code=$?
  check "... in Chinese with --lang zh" bash -c '[ '$code' = 2 ] && grep -q "LineBench 需要 Java 21 或更高版本" "$1/err"' _ "$work"
  env -u JAVA_HOME PATH="$old_java/bin:/usr/bin:/bin" "$lb" version >"$work/out" 2>"$work/err"; code=$?
  check "an old Java on the PATH: the launcher finds a Java 21+ in the usual folders" bash -c '[ '$code' = 0 ] && grep -q "^Java: " "$1/out" && ! grep -q "^Java: '$v'" "$1/out"' _ "$work"
else
  echo "skip - an old Java: none older than 21 in /usr/lib/jvm"
fi

# Chinese folder names everywhere, and no locale at all (LANG unset: Java would read names as ASCII).
zh="$work/中文 目录"
mkdir -p "$zh/数据" "$zh/产线"
cp "$tipwear" "$zh/数据/电极磨损.csv"
cp "$work/broken/bad.line" "$zh/产线/坏的 产线.line"
env -u LANG -u LC_ALL -u LC_CTYPE "$lb" --lang zh validate "$zh/产线" >"$work/out" 2>"$work/err"; code=$?
check "validate a file in Chinese folders, without a locale: Chinese file names and messages in UTF-8" \
  bash -c '[ '$code' = 1 ] && grep -q "产线/坏的 产线.line:6:48: 错误: 未知单位“sec”" "$1/out"' _ "$work"
env -u LANG -u LC_ALL -u LC_CTYPE "$lb" train --data "$zh/数据/电极磨损.csv" --target "Tip dressing due" --drop "Welds since dressing" --folds 3 --output "$zh/模型 1" >"$work/out" 2>"$work/err"; code=$?
check "train from and into Chinese folders" bash -c '[ '$code' = 0 ] && [ -s "$(ls "$1"/模型\ 1/model-*.bin)" ] && grep -q "电极磨损.csv" "$1/模型 1/model.json"' _ "$zh"
env -u LANG -u LC_ALL -u LC_CTYPE "$lb" score --model "$zh/模型 1" --data "$zh/数据/电极磨损.csv" --output "$zh/报告/预测.csv" >"$work/out" 2>"$work/err"; code=$?
check "score into a Chinese folder" bash -c '[ '$code' = 0 ] && [ "$(grep -c "" "$1/报告/预测.csv")" = 401 ]' _ "$zh"
env -u LANG -u LC_ALL -u LC_CTYPE "$lb" --lang zh validate "$examples" --rules cn --format html --output "$zh/报告/合规报告.html" >"$work/out" 2>"$work/err"; code=$?
check "a report into a Chinese folder" bash -c '[ '$code' = 1 ] && grep -q "LineBench 合规报告" "$1/报告/合规报告.html"' _ "$zh"

env -u HOME -u LINEBENCH_CACHE "$lb" version >"$work/out" 2>"$work/err"; code=$?
check "without HOME (a service account) the start script still runs" bash -c '[ '$code' = 0 ] && grep -q "^Java: " "$1/out"' _ "$work"

if ls -d /usr/lib/jvm/*/ >/dev/null 2>&1; then
  env -u JAVA_HOME PATH=/usr/bin:/bin "$lb" version >"$work/out" 2>"$work/err"; code=$?
  check "without JAVA_HOME a Java 21+ is found in the usual folders" bash -c '[ '$code' = 0 ] && grep -q "^Java: " "$1/out"' _ "$work"
fi

if [ -n "${DISPLAY:-}" ]; then
  run workbench --data "$work/ws" --screenshot "$work/workbench-en.png"
  check "the workbench window opens under a display (${ms} ms to screenshot)" bash -c '[ '$code' = 0 ] && [ "$(stat -c %s "$1/workbench-en.png")" -gt 10000 ]' _ "$work"
  check "the first workbench run leaves its class data archive in the cache, and nothing from the JVM on stdout" \
    bash -c 'ls "$1"/cache/workbench-*.jsa >/dev/null 2>&1 && ! grep -q "^\[" "$1/out"' _ "$work"
  run --lang zh workbench --data "$work/工作区 1" --screenshot "$work/workbench-zh.png"
  check "the workbench window opens in Chinese, on a workspace with a Chinese name" bash -c '[ '$code' = 0 ] && [ "$(stat -c %s "$1/workbench-zh.png")" -gt 10000 ] && [ -d "$1/工作区 1/.metadata" ]' _ "$work"
  # The example project: created in the workspace, its line open in the editor, the line view beside it.
  # Its own cache: the archive of a run that opened an editor holds the editor's classes too.
  export LINEBENCH_CACHE="$work/cache-example"
  run workbench --data "$work/ws-example" --example bodyshop --screenshot "$work/bodyshop-en.png"
  first_editor_ms=$(grep -o '[0-9]* ms after launch' "$work/err" | grep -o '^[0-9]*')
  check "workbench --example bodyshop opens the example's line in the editor (${first_editor_ms:-?} ms after launch, the first start)" \
    bash -c '[ '$code' = 0 ] && grep -q "bodyshop/bodyshop/bodyshop.line opened in the editor" "$1/err" && [ -f "$1/ws-example/bodyshop/bodyshop/bodyshop.line" ] && [ -f "$1/ws-example/bodyshop/library/catalogue.line" ] && [ "$(stat -c %s "$1/bodyshop-en.png")" -gt 10000 ]' _ "$work"
  check "no SVG icon failed to load (SPI Fly and ASM on this Java)" bash -c '! grep -q "No SVG rasterizer" "$1/ws-example/.metadata/.log" 2>/dev/null' _ "$work"
  run workbench --data "$work/ws-example" --example bodyshop --screenshot "$work/bodyshop-en.png"
  editor_ms=$(grep -o '[0-9]* ms after launch' "$work/err" | grep -o '^[0-9]*')
  check "the example opens again from the existing project (${editor_ms:-?} ms after launch, with the class data archive)" \
    bash -c '[ '$code' = 0 ] && grep -q "bodyshop/bodyshop/bodyshop.line opened in the editor" "$1/err"' _ "$work"
  check "the clean example shows no certification finding" \
    bash -c 'grep -q "problem markers in the workspace: .*; 0 of them certification findings" "$1/err"' _ "$work"
  run --lang zh workbench --data "$work/ws-example" --example bodyshop --screenshot "$work/bodyshop-zh.png"
  check "the example opens in Chinese too" \
    bash -c '[ '$code' = 0 ] && grep -q "已在启动后" "$1/err" && [ "$(stat -c %s "$1/bodyshop-zh.png")" -gt 10000 ]' _ "$work"
  # A line that breaks certification rules: the findings appear as problem markers beside the editor.
  run workbench --data "$work/ws-bad" --example bodyshop-noncompliant --screenshot "$work/bad.png"
  findings=$(sed -n 's/.*problem markers in the workspace: .*; \([0-9]*\) of them certification findings.*/\1/p' "$work/err")
  check "the non-compliant example opens with ${findings:-no} certification findings as problem markers" \
    bash -c '[ '$code' = 0 ] && [ "${2:-0}" -gt 0 ] && [ "$(stat -c %s "$1/bad.png")" -gt 10000 ]' _ "$work" "${findings:-0}"
  run workbench --data "$work/ws-example" --example no-such-example
  check "an unknown example exits 2 with one line naming the examples" \
    bash -c '[ '$code' = 2 ] && [ "$(grep -c "" "$1/err")" = 1 ] && grep -q "bodyshop" "$1/err"' _ "$work"
else
  echo "skip - workbench window: no DISPLAY"
fi

# The archives of the other platforms: the launcher beside the start scripts; macOS as LineBench.app.
if [ -n "$archives" ]; then
  mac="$archives/linebench-$version-macosx.cocoa.aarch64.tar.gz"
  tar tvzf "$mac" >"$work/mac.txt" 2>/dev/null
  check "macOS: LineBench.app with Info.plist, an executable Contents/MacOS/LineBench, the product in Contents/Eclipse" \
    bash -c 'grep -q " LineBench.app/Contents/Info.plist$" "$1" && grep -qE "^-rwxr-xr-x .* LineBench.app/Contents/MacOS/LineBench$" "$1" \
      && grep -q " LineBench.app/Contents/Eclipse/linebench-launcher.jar$" "$1" && grep -qE "^-rwxr-xr-x .* LineBench.app/Contents/Eclipse/linebench$" "$1" \
      && grep -q " LineBench.app/Contents/Eclipse/plugins/org.eclipse.swt.cocoa.macosx.aarch64_" "$1"' _ "$work/mac.txt"
  rm -rf "$work/mac"; mkdir -p "$work/mac"; tar xzf "$mac" -C "$work/mac" 2>/dev/null
  command -v python3 >/dev/null || echo "skip - macOS: Info.plist not parsed (no python3)"
  command -v python3 >/dev/null && check "macOS: Info.plist is a well-formed property list naming the program and the version" \
    python3 -c 'import plistlib, sys; p = plistlib.load(open(sys.argv[1], "rb")); assert (p["CFBundleExecutable"], p["CFBundlePackageType"], p["CFBundleShortVersionString"]) == ("LineBench", "APPL", sys.argv[2]), p' \
    "$work/mac/LineBench.app/Contents/Info.plist" "${version%-SNAPSHOT}"
  # Its program runs the launcher on the product inside the app (here on Linux: the launcher's choices for
  # macOS are unit-tested). Without a terminal, as from Finder, the output goes to ~/Library/Logs/LineBench.
  HOME="$work/machome" LINEBENCH_JAVA_HOME="$JAVA_HOME" "$work/mac/LineBench.app/Contents/MacOS/LineBench" version >"$work/out" 2>"$work/err" </dev/null; code=$?
  check "macOS: Contents/MacOS/LineBench starts the product in the app, its output in ~/Library/Logs/LineBench/launch.log as from Finder" \
    bash -c '[ '$code' = 0 ] && grep -q "^LineBench 0\." "$1/machome/Library/Logs/LineBench/launch.log"' _ "$work"
  HOME="$work/machome" LINEBENCH_JAVA_HOME="$JAVA_HOME" LINEBENCH_LAUNCHER_DRY_RUN=1 "$work/mac/LineBench.app/Contents/MacOS/LineBench" >"$work/out" 2>"$work/err" </dev/null; code=$?
  check "macOS: without arguments (Finder) the app opens the workbench of the product inside it" \
    bash -c '[ '$code' = 0 ] && grep -q "^-jar$" "$1" && grep -q "/LineBench.app/Contents/Eclipse/plugins/org.eclipse.equinox.launcher_.*\.jar$" "$1" && [ "$(tail -n 1 "$1")" = workbench ]' _ "$work/machome/Library/Logs/LineBench/launch.log"
  "$JAVA_HOME/bin/jar" tf "$archives/linebench-$version-win32.win32.x86_64.zip" >"$work/win.txt" 2>/dev/null
  check "Windows: linebench.cmd and the launcher in the zip" \
    bash -c 'grep -q "^linebench/linebench.cmd$" "$1" && grep -q "^linebench/linebench-launcher.jar$" "$1"' _ "$work/win.txt"

  # The Linux package with its own Java: no java on the PATH, no JAVA_HOME, no locale.
  withjava="$archives/linebench-$version-linux.gtk.x86_64-with-java.tar.gz"
  if [ -f "$withjava" ]; then
    wj="$work/with-java"
    rm -rf "$wj"; mkdir -p "$wj/bin"
    tar xzf "$withjava" -C "$wj"
    for t in bash dirname readlink uname; do ln -s "$(command -v "$t")" "$wj/bin/$t"; done
    own=(env -i PATH="$wj/bin" HOME="$wj/home" LINEBENCH_CACHE="$wj/cache" ${DISPLAY:+DISPLAY=$DISPLAY} ${XAUTHORITY:+XAUTHORITY=$XAUTHORITY} "$wj/linebench/linebench")
    "${own[@]}" version >"$work/out" 2>"$work/err"; code=$?
    check "the package with its own Java ($(du -m "$withjava" | cut -f1) MB; jre/ $(du -sm "$wj/linebench/jre" | cut -f1) MB) runs on its jre/, with no java on the PATH" \
      bash -c '[ '$code' = 0 ] && grep -q "^Java: .*, $1/linebench/jre$" "$1/../out"' _ "$wj"
    run_own() { local t0=$(date +%s%N); "${own[@]}" "$@" >"$work/out" 2>"$work/err"; code=$?; ms=$(( ($(date +%s%N) - t0) / 1000000 )); }
    run_own validate "$examples"
    check "... validate examples (${ms} ms): the findings of the non-compliant examples" \
      bash -c '[ '$code' = 1 ] && grep -q "\[cn.gb-t19876.light-curtain-distance\]" "$1/out" && ! grep -q "\[acme\." "$1/out"' _ "$work"
    run_own --lang zh validate "$zh/产线"
    check "... in Chinese, from Chinese folders (jdk.localedata)" bash -c '[ '$code' = 1 ] && grep -q "坏的 产线.line:6:48: 错误: 未知单位“sec”" "$1/out"' _ "$work"
    iconv -f UTF-8 -t GBK "$tipwear" >"$wj/gbk.csv"
    run_own train --data "$wj/gbk.csv" --encoding GBK --target "Tip dressing due" --drop "Welds since dressing" --folds 3 --output "$wj/gbk-model"
    check "... trains on GBK data (jdk.charsets)" bash -c '[ '$code' = 0 ] && grep -q "Electrode temperature \[°C\]" "$1/gbk-model/model.json"' _ "$wj"
    run_own export "$examples/bodyshop" --format aasx --output "$wj/bodyshop.aasx"
    check "... exports shells as AASX (AAS4J, Jackson, POI on the runtime's modules)" bash -c '[ '$code' = 0 ] && [ -s "$1/bodyshop.aasx" ]' _ "$wj"
    run_own import "$work/bodyshop.aml" --output "$wj/imported"
    check "... imports AutomationML (StAX, the CAEX schema)" bash -c '[ '$code' = 0 ] && [ -s "$1/imported/bodyshop/bodyshop.line" ]' _ "$wj"
    if [ -n "${DISPLAY:-}" ]; then
      run_own workbench --data "$wj/ws" --example bodyshop --screenshot "$wj/shot.png"
      jre_first_ms=$(grep -o '[0-9]* ms after launch' "$work/err" | grep -o '^[0-9]*')
      run_own workbench --data "$wj/ws" --example bodyshop --screenshot "$wj/shot.png"
      jre_editor_ms=$(grep -o '[0-9]* ms after launch' "$work/err" | grep -o '^[0-9]*')
      check "... the workbench opens the example (${jre_editor_ms:-?} ms after launch; the first start ${jre_first_ms:-?} ms), its class data archive in the cache" \
        bash -c '[ '$code' = 0 ] && grep -q "bodyshop.line opened in the editor" "$1/err" && ls "$2"/cache/workbench-*.jsa >/dev/null' _ "$work" "$wj"
    fi
  else
    echo "skip - the package with its own Java: not built (linebench.skipRuntime)"
  fi
fi

echo "CLI start-up (--help): ${help_ms} ms"
[ -n "${editor_ms:-}" ] && echo "workbench start-up to the first editor on an example: ${editor_ms} ms (the first start: ${first_editor_ms:-?} ms)"
[ -n "${jre_editor_ms:-}" ] && echo "the same from the package with its own Java: ${jre_editor_ms} ms (the first start: ${jre_first_ms:-?} ms)"
echo "smoke: $passed passed, $failed failed"
[ "$failed" = 0 ]
