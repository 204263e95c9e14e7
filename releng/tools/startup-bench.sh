#!/usr/bin/env bash
# Measures the workbench's start-up the way the issue defines it: from the launch of the JVM to the
# example's line open in the editor (and to the window being open), with the built product.
#   releng/tools/startup-bench.sh [RUNS]          (default 7; the first run creates the workspace)
# Prints every run and the median of the runs after the first. LINEBENCH_JAVA_OPTS is passed on,
# so options can be compared: LINEBENCH_JAVA_OPTS=-XX:TieredStopAtLevel=1 releng/tools/startup-bench.sh
# Without a display it runs itself under Xvfb. Nothing else should run on the machine meanwhile.
set -eu
here=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
if [ -z "${DISPLAY:-}" ]; then
  exec xvfb-run -a -s '-screen 0 1280x800x24' "$0" "$@"
fi
runs=${1:-7}
load=$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo '?')
# LINEBENCH_PRODUCT: another product's start script, e.g. the package with its own Java after the build:
#   LINEBENCH_PRODUCT=releng/org.linebench.product/target/with-java/linebench/linebench releng/tools/startup-bench.sh
product=${LINEBENCH_PRODUCT:-$(ls -d "$here"/releng/org.linebench.product/target/products/org.linebench.product/linux/gtk/x86_64/linebench/linebench 2>/dev/null)} ||
  { echo "startup-bench: build the product first (./linebench help does)" >&2; exit 2; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export LINEBENCH_CACHE="$work/cache"   # the class archive of the workbench starts empty, as on a new machine
editor=() window=()
for i in $(seq 1 "$runs"); do
  "$product" --lang en workbench --data "$work/ws" --example bodyshop --screenshot "$work/shot.png" >"$work/out" 2>&1 || true
  line=$(grep -o '[0-9]* ms after launch (the window was open after [0-9]* ms)' "$work/out" || true)
  [ -n "$line" ] || { echo "startup-bench: run $i did not open the editor:" >&2; tail -n 20 "$work/out" >&2; exit 1; }
  e=${line%% ms after*}
  w=${line##*after }; w=${w%% ms)}
  echo "run $i: editor open after $e ms, window after $w ms$([ "$i" = 1 ] && echo ' (new workspace)')"
  if [ "$i" -gt 1 ]; then editor+=("$e"); window+=("$w"); fi
done
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR + 1) / 2] : int((a[NR / 2] + a[NR / 2 + 1]) / 2)}'; }
[ "${#editor[@]}" -gt 0 ] || exit 0
echo "median of runs 2-$runs: editor open after $(median "${editor[@]}") ms, window after $(median "${window[@]}") ms" \
  "(load average before: $load, $(nproc 2>/dev/null || echo '?') cores)"
