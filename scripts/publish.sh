#!/usr/bin/env bash
# Builds the self-contained single-file programs a finance office runs (no .NET, no admin rights):
#   artifacts/reportgen-<rid>/reportgen[.exe] + 使用说明.txt + licenses/
#   artifacts/reportgen-<rid>.tar.gz (Linux) or .zip (Windows)
# Usage: scripts/publish.sh [linux-x64|linux-arm64|win-x64 ...]   (default: all three)
#        scripts/publish.sh --inputs   prints the hash of everything a program is built from
# Templates, schema, style sheet and the free fonts of the default style go inside the program
# (docs/distribution.md). Needs the .NET SDK, NuGet and the fonts scripts/setup.sh installs.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

# The hash of the program's inputs: artifacts/reportgen-<rid>.inputs holds the one it was built
# from, so a test can tell whether a program in artifacts/ is current.
inputs_hash() {
  {
    git ls-files -co --exclude-standard -- src templates schemas dist scripts/publish.sh \
      Directory.Build.props Directory.Packages.props global.json | LC_ALL=C sort |
      while IFS= read -r f; do [ -f "$f" ] && sha256sum -- "$f"; done
    echo "ready-to-run=${READY_TO_RUN:-true} composite=${COMPOSITE:-true} fonts=${EMBED_FONTS:-true}"
  } | sha256sum | cut -c1-64
}

if [ "${1:-}" = "--inputs" ]; then
  inputs_hash
  exit 0
fi

rids=("$@")
if [ ${#rids[@]} -eq 0 ]; then
  rids=(linux-x64 linux-arm64 win-x64)
fi

# The settings measured in docs/distribution.md; each can be changed for a measurement, e.g.
# READY_TO_RUN=false scripts/publish.sh linux-x64
READY_TO_RUN=${READY_TO_RUN:-true}
COMPOSITE=${COMPOSITE:-true}
EMBED_FONTS=${EMBED_FONTS:-true}
OUT=${OUT:-$root/artifacts}
hash=$(inputs_hash)

for rid in "${rids[@]}"; do
  case "$rid" in
    linux-x64|linux-arm64|win-x64) ;;
    *) echo "publish.sh: unknown runtime '$rid' (linux-x64, linux-arm64, win-x64)" >&2; exit 2 ;;
  esac
  exe=reportgen
  case "$rid" in win-*) exe=reportgen.exe ;; esac
  dir="$OUT/reportgen-$rid"
  stage="$OUT/.stage-$rid"
  rm -rf "$stage" "$OUT/reportgen-$rid.inputs"
  echo "== $rid"
  dotnet publish src/ReportGen.Cli/ReportGen.Cli.csproj -c Release -r "$rid" --self-contained true \
    -o "$stage" -p:ReportGenDistribution=true -p:ReportGenEmbedFonts="$EMBED_FONTS" \
    -p:PublishSingleFile=true -p:IncludeNativeLibrariesForSelfExtract=true -p:DebugType=none \
    -p:PublishReadyToRun="$READY_TO_RUN" -p:PublishReadyToRunComposite="$COMPOSITE" \
    -nologo -v:q -clp:ErrorsOnly
  # Not part of the program: the web app project's own runtimeconfig (it is an executable for its
  # tests) and the symbol files the Win32 Skia/HarfBuzz packages ship beside their DLLs.
  rm -f "$stage/ReportGen.Web.runtimeconfig.json" "$stage"/*.pdb
  # Everything must be inside the one file: anything left beside it would be missing on the user's PC.
  extra=$(cd "$stage" && ls -A | grep -v -x -e "$exe" || true)
  if [ -n "$extra" ]; then
    echo "publish.sh: files outside the single file for $rid: $extra" >&2
    exit 1
  fi
  # The file is a program of the right kind (an ELF of the right machine, a PE32+ for x64).
  magic=$(od -An -tx1 -N20 "$stage/$exe" | tr -d ' \n')
  case "$rid" in
    linux-x64) want=7f454c46020101*3e00 ;;
    linux-arm64) want=7f454c46020101*b700 ;;
    win-x64) want=4d5a* ;;
  esac
  # shellcheck disable=SC2254
  case "$magic" in $want) ;; *) echo "publish.sh: $stage/$exe is not a $rid program ($magic)" >&2; exit 1 ;; esac
  rm -rf "$dir"
  mkdir -p "$dir/licenses"
  mv "$stage/$exe" "$dir/$exe"
  cp dist/使用说明.txt "$dir/"
  cp dist/licenses/* "$dir/licenses/"
  pack=$(ls -d "${NUGET_PACKAGES:-$HOME/.nuget/packages}/microsoft.netcore.app.runtime.$rid"/*/ | sort -V | tail -1)
  cp "$pack/LICENSE.TXT" "$dir/licenses/dotnet-LICENSE.txt"
  cp "$pack/THIRD-PARTY-NOTICES.TXT" "$dir/licenses/dotnet-THIRD-PARTY-NOTICES.txt"
  rm -rf "$stage"
  (
    cd "$OUT"
    case "$rid" in
      win-*) rm -f "reportgen-$rid.zip"
             if command -v zip >/dev/null; then zip -qrX "reportgen-$rid.zip" "reportgen-$rid"
             else python3 -m zipfile -c "reportgen-$rid.zip" "reportgen-$rid"; fi ;;
      *) tar --sort=name --owner=0 --group=0 --numeric-owner -czf "reportgen-$rid.tar.gz" "reportgen-$rid" ;;
    esac
  )
  echo "$hash" > "$OUT/reportgen-$rid.inputs"
  ls -l "$dir/$exe"
done
