#!/usr/bin/env bash
# Measures the performance gate itself: runs the quick gate N times, with a known slowdown injected into one hot
# path (detection rate) or without (false-alarm rate), and prints how many runs failed.
#
#   benchmarks/gate-power.sh --runs 10 --slowdown matching=1.5      # how often a 1.5x slower matching engine fails
#   benchmarks/gate-power.sh --runs 20                              # how often unchanged code fails (should be 0)
#   benchmarks/gate-power.sh --runs 20 --pattern 'Ed25519|Json'     # unchanged code, other benchmarks
#   benchmarks/gate-power.sh --runs 10 --slowdown replay=1.5 --param strategy=auto   # one @Param value: faster
#
# PATTERN defaults to the slowed path's benchmarks (matching: MatchingEngineBenchmark, replay:
# ReplayBenchmark.tradeEvents, verify: Ed25519VerifyBenchmark), or all three without --slowdown. A run with a
# slowdown counts as detected when the gate fails (exit 1) naming a benchmark of the slowed path; a run without one
# counts as a false alarm when the gate fails at all. Set GATE_POWER_LOCK=/path/to/lockfile to take that flock(1)
# lock around each gate run (one JMH run at a time on a shared machine). Needs benchmarks/target/benchmarks.jar
# (./gridbench bench builds it). Writes runs.tsv and each run's report folder to reports/gate-power-<time>/.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"

runs=10
slowdown=""
pattern=""
baseline="$root/benchmarks/baseline.json"
jar="$root/benchmarks/target/benchmarks.jar"
out="$root/reports/gate-power-$(date -u +%Y%m%d-%H%M%S)"
usage() { sed -n '2,16p' "$0" | sed 's/^# \{0,1\}//'; }
params=()
while [[ $# -gt 0 ]]; do
  case "$1" in
    --runs) runs="$2"; shift 2 ;;
    --slowdown) slowdown="$2"; shift 2 ;;
    --pattern) pattern="$2"; shift 2 ;;
    --param) params+=(--param "$2"); shift 2 ;;
    --baseline) baseline="$2"; shift 2 ;;
    --jar) jar="$2"; shift 2 ;;
    --out) out="$2"; shift 2 ;;
    -h|--help) usage; exit 0 ;;
    *) echo "gate-power: unknown argument '$1'" >&2; usage >&2; exit 2 ;;
  esac
done
[[ "$runs" =~ ^[1-9][0-9]*$ ]] || { echo "gate-power: --runs must be a whole number >= 1, was '$runs'" >&2; exit 2; }
[[ -f "$jar" ]] || { echo "gate-power: $jar not found; build it with ./gridbench bench --help or
  ./mvnw -q -B -DskipTests -Dbench.skip=true -pl benchmarks -am package" >&2; exit 2; }

path="${slowdown%%=*}"
case "$path" in
  "") slowed='^$' ; default='MatchingEngineBenchmark|ReplayBenchmark.tradeEvents|Ed25519VerifyBenchmark' ;;
  matching) slowed='MatchingEngineBenchmark'; default="$slowed" ;;
  replay) slowed='ReplayBenchmark'; default='ReplayBenchmark.tradeEvents' ;;
  verify) slowed='Ed25519VerifyBenchmark.bouncyCastle'; default='Ed25519VerifyBenchmark' ;;
  *) echo "gate-power: --slowdown must be matching=F, replay=F or verify=F, was '$slowdown'" >&2; exit 2 ;;
esac
pattern="${pattern:-$default}"

mkdir -p "$out"
printf 'run\texit\tseconds\tload\tregressed\n' > "$out/runs.tsv"
failed=0
hits=0
for ((i = 1; i <= runs; i++)); do
  args=(--quick --baseline "$baseline" --reports "$out/run-$i")
  [[ -n "$slowdown" ]] && args+=(--slowdown "$slowdown")
  [[ ${#params[@]} -gt 0 ]] && args+=("${params[@]}")
  cmd=(java -cp "$jar" io.gridbench.benchmarks.gate.BenchGate "${args[@]}" "$pattern")
  [[ -n "${GATE_POWER_LOCK:-}" ]] && cmd=(flock "$GATE_POWER_LOCK" "${cmd[@]}")
  start=$(date +%s)
  set +e
  "${cmd[@]}" > "$out/run-$i.log" 2>&1
  code=$?
  set -e
  seconds=$(( $(date +%s) - start ))
  load=$(cut -d' ' -f1 /proc/loadavg)
  # The gate's final verdict lists each failure on an indented line after "bench gate: FAILED".
  regressed=$(sed -n '/^bench gate: FAILED/,/^bench gate: report/p' "$out/run-$i.log" | grep '^  ' \
    | sed 's/^  //; s/:.*//' | paste -sd ';' - || true)
  if [[ $code -ne 0 && $code -ne 1 ]]; then
    echo "gate-power: run $i could not run the gate (exit $code), see $out/run-$i.log" >&2
    exit 2
  fi
  [[ $code -eq 1 ]] && failed=$((failed + 1))
  if [[ $code -eq 1 && -n "$slowdown" ]] && grep -Eq "$slowed" <<< "$regressed"; then
    hits=$((hits + 1))
  fi
  printf '%s\t%s\t%s\t%s\t%s\n' "$i" "$code" "$seconds" "$load" "${regressed:--}" >> "$out/runs.tsv"
  echo "gate-power: run $i of $runs: exit $code in ${seconds}s (load $load) ${regressed:+failed: $regressed}"
done

if [[ -n "$slowdown" ]]; then
  echo "gate-power: slowdown $slowdown on '$pattern': detected in $hits of $runs runs ($failed failed); $out/runs.tsv"
else
  echo "gate-power: unchanged code on '$pattern': $failed false alarms in $runs runs; $out/runs.tsv"
fi
