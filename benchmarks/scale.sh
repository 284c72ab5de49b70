#!/usr/bin/env bash
# How cost grows with the corpus, measured with the real CLI as a user runs it.
#
#   benchmarks/scale.sh [SIZE...]          default sizes: 10000 100000 1000000
#
# For each size: generate the corpus (the benchmarks' `generate` command: real titles, datelines,
# paragraphs and sentences recombined), index it with `newssearch index --rebuild` under
# /usr/bin/time, then measure the query mix: cold (a fresh `newssearch query` process per query,
# as a user feels it) and warm (the library in one process, the benchmarks' `latency` command).
# Prints a Markdown table. Set NEWSSEARCH_CLI to a binary (e.g. /tmp/aot/newssearch) to time
# that build instead of `dotnet NewsSearch.Cli.dll`; SCALE_DIR (default /tmp/newssearch-scale)
# holds corpora and indexes; COLD_RUNS (default 5) is the number of cold runs per query.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
work="${SCALE_DIR:-/tmp/newssearch-scale}"
cold_runs="${COLD_RUNS:-5}"
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(10000 100000 1000000)
mkdir -p "$work"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

echo "building the CLI and the benchmarks (Release)..." >&2
dotnet build "$root/src/NewsSearch.Cli" -c Release -o "$work/cli" >"$work/build-cli.log" 2>&1 || { tail -20 "$work/build-cli.log"; exit 2; }
dotnet build "$root/benchmarks/NewsSearch.Benchmarks" -c Release -o "$work/bench" >"$work/build-bench.log" 2>&1 || { tail -20 "$work/build-bench.log"; exit 2; }
if [ -n "${NEWSSEARCH_CLI:-}" ]; then cli=("$NEWSSEARCH_CLI"); else cli=(dotnet "$work/cli/NewsSearch.Cli.dll"); fi
bench=(dotnet "$work/bench/NewsSearch.Benchmarks.dll")

# The query mix of the search benchmarks (benchmarks/NewsSearch.Benchmarks/QueryMix.cs): the query
# text, then after '|' any options.
queries=(
  "market"
  "boesky"
  "oil prices"
  "bank interest rates"
  '"interest rates"'
  '"oil opec"~5'
  "chrysler~"
  "petro*"
  "title:oil"
  "oil|--since 1987-03 --until 1992"
  "oil|--sort newest"
)

percentile() { # percentile P < numbers
  sort -n | awk -v p="$1" '{a[NR]=$1} END {if (NR==0) {print "nan"; exit} r=p/100*(NR-1); l=int(r); h=(l+1<NR)?l+1:l; printf "%.1f", a[l+1]+(r-l)*(a[h+1]-a[l+1])}'
}

echo "| articles | JSONL MB | text MB | index s | articles/s | peak RSS MB | index MB | index ÷ text | cold query p50 / p99 ms | warm p50 / p99 µs | warm + snippets p50 / p99 µs |"
echo "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
for n in "${sizes[@]}"; do
  corpus="$work/corpus-$n.jsonl"
  if [ ! -f "$corpus.stats" ]; then
    "${bench[@]}" generate --count "$n" --out "$corpus" >"$corpus.stats"
  fi
  read -r articles jsonl_bytes text_bytes <"$corpus.stats"

  index="$work/index-$n"
  rm -rf "$index"
  /usr/bin/time -f '%e %M' -o "$work/time-$n" "${cli[@]}" index "$corpus" --index "$index" --rebuild 2>"$work/index-$n.log" || { cat "$work/index-$n.log" >&2; exit 2; }
  read -r seconds rss_kb <"$work/time-$n"
  index_bytes=$(du -sb "$index" | cut -f1)

  : >"$work/cold-$n"
  for q in "${queries[@]}"; do
    text=${q%%|*}
    options=()
    [[ "$q" == *"|"* ]] && read -r -a options <<<"${q#*|}"
    for _ in $(seq "$cold_runs"); do
      start=$(date +%s%N)
      "${cli[@]}" query "$text" "${options[@]}" --index "$index" --limit 10 --json >/dev/null 2>&1 || true
      end=$(date +%s%N)
      echo $(((end - start) / 1000)) >>"$work/cold-$n"
    done
  done
  cold_p50=$(awk '{print $1/1000}' "$work/cold-$n" | percentile 50)
  cold_p99=$(awk '{print $1/1000}' "$work/cold-$n" | percentile 99)

  "${bench[@]}" latency --index "$index" --engines newssearch --runs 200 >"$work/warm-$n.md"
  mix=$(grep '^| \*\*mix\*\*' "$work/warm-$n.md")
  warm=$(echo "$mix" | awk -F'|' '{gsub(/^ +| +$/, "", $3); print $3}')
  warm_snippets=$(echo "$mix" | awk -F'|' '{gsub(/^ +| +$/, "", $4); print $4}')

  awk -v n="$articles" -v j="$jsonl_bytes" -v t="$text_bytes" -v s="$seconds" -v r="$rss_kb" -v i="$index_bytes" \
    -v c50="$cold_p50" -v c99="$cold_p99" -v w="$warm" -v ws="$warm_snippets" \
    'BEGIN { printf "| %d | %.0f | %.0f | %.1f | %.0f | %.0f | %.0f | %.2fx | %s / %s | %s | %s |\n", n, j/1e6, t/1e6, s, n/s, r/1024, i/1e6, i/t, c50, c99, w, ws }'
done
