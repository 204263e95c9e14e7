#!/usr/bin/env bash
# Kills `linebench train --output DIR` with SIGKILL again and again and checks that DIR always
# holds a model that verifies: the old one or the new one, never a card with another model's file.
#   kill-loop.sh PRODUCT_DIR [RUNS] [WORK_DIR]
# Half of the runs are killed the moment the new model file appears in DIR (between the model file
# and its card: the moment that broke folders before), the other half at a random time of the run.
# Prints one line per run and a summary; exits 1 if any folder failed to verify. Each run gets a
# process group of its own (setsid), and the whole group is killed: the launcher and the JVM it started.
set -u
product=$1
runs=${2:-20}
work=${3:-$(mktemp -d)}
lb="$product/linebench"
mkdir -p "$work"
cd "$work" || exit 2

# machine data: failures when torque x wear is high (generated, ~4000 rows)
awk 'BEGIN { srand(7); print "UDI,Type,Torque [Nm],Tool wear [min],Speed [rpm],Machine failure";
  for (i = 1; i <= 4000; i++) { t = 40 + 10 * (rand() + rand() - 1) * 1.7; w = int(rand() * 250);
    printf "%d,%s,%.1f,%d,%d,%d\n", i, substr("LMH", 1 + int(rand() * 3), 1), t, w, 1400 + int(rand() * 300), (t * w > 9000) ? 1 : 0 } }' > data.csv

train() {  # train SEED: a J48 on the data into ./m
  "$lb" train --data data.csv --target "Machine failure" --classifier weka.classifiers.trees.J48 --options "-M $((2 + $1 % 5))" \
    --folds 2 --seed "$1" --output m >/dev/null 2>train.err </dev/null
}
verify() {  # exit 0 when ./m loads and scores
  "$lb" score --model m --data data.csv --output scored.csv >/dev/null 2>verify.err </dev/null
}
card_model() { sed -n 's/.*"file": "\(model[^"]*\.bin\)".*/\1/p' m/model.json 2>/dev/null | tail -n 1; }
# the model files of the folder with their times: changes when a run starts writing its model file
model_files() { ls -a --full-time m 2>/dev/null | grep -v -E ' (\.|\.\.|model\.json|\.model\.json\..*|\.linebench-model\.lock)$' | md5sum; }

t0=$(date +%s%N); train 1 || { cat train.err; exit 2; }
full_ms=$(( ($(date +%s%N) - t0) / 1000000 ))
verify || { cat verify.err; exit 2; }
echo "a full run takes ${full_ms} ms; killing ${runs} runs"

ok=0; bad=0; old=0; new=0; early=0
for i in $(seq 2 $((runs + 1))); do
  before=$(card_model)
  cp m/model.json card.before
  files=$(model_files)
  setsid "$lb" train --data data.csv --target "Machine failure" --classifier weka.classifiers.trees.J48 --options "-M $((2 + i % 5))" \
    --folds 2 --seed "$i" --output m >/dev/null 2>train.err </dev/null &
  pid=$!
  if [ $((i % 2)) = 0 ]; then
    mode=at-write
    # wait until the run starts writing its model file (a new or temporary file), then kill at once
    deadline=$(( $(date +%s) + 120 ))
    while kill -0 $pid 2>/dev/null && [ "$(date +%s)" -lt $deadline ] && [ "$(model_files)" = "$files" ]; do :; done
  else
    mode=random
    sleep "$(awk -v ms="$full_ms" -v s="$i" 'BEGIN { srand(s); printf "%.3f", rand() * ms / 1000 }')"
  fi
  if kill -0 $pid 2>/dev/null; then kill -9 -- -$pid; state=killed; else state=finished; early=$((early + 1)); fi
  wait $pid 2>/dev/null
  while pgrep -g $pid >/dev/null 2>&1; do sleep 0.05; done # every process of the run is gone
  after=$(card_model)
  leftovers=$(ls -a m | grep -c -v -E '^(\.|\.\.|model\.json|\.linebench-model\.lock|'"${after:-model.bin}"')$')
  if verify; then
    ok=$((ok + 1))
    if cmp -s m/model.json card.before; then old=$((old + 1)); which=old; else new=$((new + 1)); which=new; fi
    echo "run $i ($mode, $state): verifies, the $which model; $leftovers leftover files"
  else
    bad=$((bad + 1))
    echo "run $i ($mode, $state): DOES NOT VERIFY: $(head -c 300 verify.err)"
  fi
done
# the next run removes what the killed ones left
train 99 && verify && rest=$(ls -a m | grep -c -v -E '^(\.|\.\.|model\.json|\.linebench-model\.lock|'"$(card_model)"')$')
echo "kill-loop: $runs runs killed ($early finished before the kill): $ok verify ($old old, $new new model), $bad broken;" \
  "after one more run ${rest:-?} leftover files"
[ "$bad" = 0 ]
