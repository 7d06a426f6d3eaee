#!/usr/bin/env bash
# Measures ReportGen's performance figures (docs/performance.md) on this machine:
#   1. BenchmarkDotNet: one department (the reference data) JSON -> DOCX + PDF, one thread, warm,
#      and its stages (load + validate, templates, DOCX, PDF) with allocations;
#   2. 100 sample departments built to DOCX + PDF by one `reportgen build` process, process start
#      included: wall time and peak RSS (/usr/bin/time -v), several runs;
#   3. 1,000 sample departments: wall time and peak RSS;
#   4. the reference department's DOCX converted to PDF by LibreOffice (soffice --headless
#      --convert-to pdf), beside one `reportgen build` of the same department to DOCX + PDF;
#      and LibreOffice converting the 100 sample DOCX in one process.
#
# Usage: benchmarks/run.sh [--quick] [--no-bdn] [--runs N]
#   --quick   skip the 1,000-department run and use fewer BenchmarkDotNet iterations
#   --no-bdn  skip BenchmarkDotNet
#   --runs N  runs of the 100-department batch and of the single-document comparison (default 3)
# Environment: ARTIFACTS (build output and scratch folder, default /tmp/rg-bench).
# Needs /usr/bin/time (Debian package `time`); uses hyperfine and soffice when installed
# (`apt-get install -y hyperfine libreoffice-writer-nogui`).
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
artifacts="${ARTIFACTS:-/tmp/rg-bench}"
runs=3
bdn=1
quick=""
while [ $# -gt 0 ]; do
  case "$1" in
    --quick) quick=1 ;;
    --no-bdn) bdn="" ;;
    --runs) runs="$2"; shift ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
  shift
done

scratch="$artifacts/scratch"
results="$artifacts/results.md"
mkdir -p "$scratch"
: > "$results"
say() { echo "$*" | tee -a "$results"; }

say "# ReportGen performance run, $(date -u +%Y-%m-%dT%H:%MZ), commit $(git -C "$repo" rev-parse --short HEAD 2>/dev/null || echo '?')"
say ""
say "- machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//'), $(free -g | awk '/^Mem:/ {print $2}') GiB memory"
say "- load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
say "- .NET SDK $(dotnet --version)"
say ""

echo "Building (Release) into $artifacts ..." >&2
dotnet build "$repo/src/ReportGen.Cli/ReportGen.Cli.csproj" -c Release --artifacts-path "$artifacts" -v q -nologo >&2
reportgen=(dotnet "$artifacts/bin/ReportGen.Cli/release/reportgen.dll")
templates="$repo/templates"

# wall seconds and peak RSS (MB) of one command, from /usr/bin/time -v
timed() {
  local log="$scratch/time.txt"
  /usr/bin/time -v "$@" > "$scratch/stdout.txt" 2> "$log" || { tail -20 "$log" >&2; tail -5 "$scratch/stdout.txt" >&2; return 1; }
  local wall rss
  wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {print $2}' "$log" | awk -F: '{ if (NF == 3) print $1*3600 + $2*60 + $3; else print $1*60 + $2 }')
  rss=$(awk -F': ' '/Maximum resident set size/ {printf "%.0f", $2 / 1024}' "$log")
  local cpu
  cpu=$(awk -F': ' '/User time/ {u=$2} /System time/ {s=$2} END {printf "%.1f", u + s}' "$log")
  echo "$wall $rss $cpu"
}

if [ -n "$bdn" ]; then
  echo "BenchmarkDotNet ..." >&2
  dotnet build "$repo/benchmarks/ReportGen.Benchmarks/ReportGen.Benchmarks.csproj" -c Release --artifacts-path "$artifacts" -v q -nologo >&2
  bdn_args=(--filter '*' --artifacts "$artifacts/BenchmarkDotNet.Artifacts")
  # Keep the 30 warm-ups of the config even when quick: fewer measure half-optimised code.
  [ -n "$quick" ] && bdn_args+=(--iterationCount 8)
  (cd "$scratch" && dotnet "$artifacts/bin/ReportGen.Benchmarks/release/ReportGen.Benchmarks.dll" "${bdn_args[@]}" > "$scratch/bdn.log" 2>&1)
  say "## One department, one thread, warm (BenchmarkDotNet)"
  say ""
  grep -E '^\|' "$scratch/bdn.log" | tee -a "$results"
  say ""
fi

say "## 100 sample departments, DOCX + PDF, one process (wall includes process start)"
say ""
rm -rf "$scratch/s100"
"${reportgen[@]}" sample --count 100 --seed 1 --out "$scratch/s100/in" 2>/dev/null
say "| run | wall (s) | CPU (s) | peak RSS (MB) |"
say "|---|---:|---:|---:|"
for i in $(seq 1 "$runs"); do
  rm -rf "$scratch/s100/out"
  read -r wall rss cpu < <(timed "${reportgen[@]}" build "$scratch/s100/in" --out "$scratch/s100/out" --templates "$templates")
  say "| $i | $wall | $cpu | $rss |"
done
say ""
say "$(tail -1 "$scratch/stdout.txt")"
read -r wall rss cpu < <(timed "${reportgen[@]}" build "$scratch/s100/in" --out "$scratch/s100/out" --templates "$templates")
say ""
say "Second build of the same folder (everything up to date, skipped): ${wall} s, ${rss} MB."
say ""

if [ -z "$quick" ]; then
  say "## 1,000 sample departments, DOCX + PDF, one process"
  say ""
  rm -rf "$scratch/s1000"
  "${reportgen[@]}" sample --count 1000 --seed 1 --out "$scratch/s1000/in" 2>/dev/null
  read -r wall rss cpu < <(timed "${reportgen[@]}" build "$scratch/s1000/in" --out "$scratch/s1000/out" --templates "$templates")
  say "wall ${wall} s, CPU ${cpu} s, peak RSS ${rss} MB"
  say "$(tail -1 "$scratch/stdout.txt")"
  say ""
  rm -rf "$scratch/s1000"
fi

say "## The reference department: reportgen (JSON -> DOCX + PDF) beside LibreOffice (DOCX -> PDF)"
say ""
ref="$scratch/ref"
rm -rf "$ref"
mkdir -p "$ref/in"
cp "$repo/data/yubei-zwfw-2024.json" "$ref/in/"
rg_cmd="${reportgen[*]} build $ref/in --out $ref/out --templates $templates --force"
$rg_cmd > /dev/null
if command -v soffice > /dev/null; then
  profile="file://$ref/lo-profile"
  lo_cmd="soffice -env:UserInstallation=$profile --headless --convert-to pdf --outdir $ref/lo $ref/out/yubei-zwfw-2024.docx"
  $lo_cmd > /dev/null 2>&1 # first start creates the profile; not measured
  if command -v hyperfine > /dev/null; then
    hyperfine --warmup 1 --runs "$((runs > 3 ? runs : 5))" --export-markdown "$scratch/hyperfine.md" \
      -n "reportgen build (JSON -> DOCX + PDF)" "$rg_cmd" \
      -n "soffice --convert-to pdf (DOCX -> PDF)" "$lo_cmd" > "$scratch/hyperfine.log" 2>&1
    tee -a "$results" < "$scratch/hyperfine.md"
  else
    say "| command | wall (s) | peak RSS (MB) |"
    say "|---|---:|---:|"
    for i in $(seq 1 "$runs"); do
      read -r wall rss cpu < <(timed $rg_cmd)
      say "| reportgen build (JSON -> DOCX + PDF) | $wall | $rss |"
      read -r wall rss cpu < <(timed $lo_cmd)
      say "| soffice --convert-to pdf (DOCX -> PDF) | $wall | $rss |"
    done
  fi
  read -r wall rss cpu < <(timed $lo_cmd)
  say ""
  say "LibreOffice peak RSS: ${rss} MB; its PDF: $(pdfinfo "$ref/lo/yubei-zwfw-2024.pdf" 2>/dev/null | awk '/^Pages/ {print $2}') pages, $(stat -c %s "$ref/lo/yubei-zwfw-2024.pdf") bytes;" \
      "ours: $(pdfinfo "$ref/out/yubei-zwfw-2024.pdf" 2>/dev/null | awk '/^Pages/ {print $2}') pages, $(stat -c %s "$ref/out/yubei-zwfw-2024.pdf") bytes."
  if [ -z "$quick" ]; then
    say ""
    say "LibreOffice converting the 100 sample DOCX written above to PDF, in one soffice process:"
    read -r wall rss cpu < <(timed soffice -env:UserInstallation="$profile" --headless --convert-to pdf --outdir "$scratch/s100/lo" "$scratch"/s100/out/*.docx)
    say "wall ${wall} s, CPU ${cpu} s, peak RSS ${rss} MB ($(ls "$scratch/s100/lo" | wc -l) PDF files)"
  fi
else
  say "soffice not installed: apt-get install -y libreoffice-writer-nogui"
fi
say ""
say "- load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "Results: $results" >&2
