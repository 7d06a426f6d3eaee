#!/usr/bin/env bash
# Runs the Windows build of reportgen under wine and compares what it writes with the Linux build's,
# byte for byte (docs/distribution.md, "Windows under wine"). A manual check, not part of the tests:
# it needs wine (`apt-get install -y --no-install-recommends wine64 wine`) and publishes win-x64 once
# (a few minutes).
#
# wine 8.0 (Debian 12) cannot start the single-file program (CoreCLR fails to load
# System.Private.CoreLib from the bundle, E_INVALIDARG), so this publishes the same code as a
# self-contained folder, which wine runs; the single file differs only in how the host loads it.
#
# Usage: scripts/check-windows.sh            (exit 0 when every file is identical)
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
work="${ARTIFACTS:-/tmp/rg-windows}"
command -v wine >/dev/null || { echo "wine is not installed: apt-get install -y --no-install-recommends wine64 wine" >&2; exit 2; }

rm -rf "$work" && mkdir -p "$work/run"
dotnet publish "$repo/src/ReportGen.Cli" -c Release -r win-x64 --self-contained \
  -p:PublishSingleFile=false -p:PublishReadyToRun=false -o "$work/win" -v q -nologo
dotnet build "$repo/src/ReportGen.Cli" -c Release -v q -nologo
cp "$repo/data/yubei-zwfw-2024.json" "$work/run/"

export SOURCE_DATE_EPOCH=1700000000 WINEDEBUG=-all WINEPREFIX="$work/prefix" REPORTGEN_SYSTEM_FONTS=none
cd "$work/run"
# Windows has no CJK fonts under wine: both builds take the same folder of fonts and no system fonts.
fonts=/usr/share/fonts
dotnet "$repo/src/ReportGen.Cli/bin/Release/net10.0/reportgen.dll" \
  build yubei-zwfw-2024.json --out linux --format docx,pdf,xlsx,html,txt --fonts "$fonts" >/dev/null
wine "$work/win/reportgen.exe" build yubei-zwfw-2024.json --out windows --format docx,pdf,xlsx,html,txt \
  --fonts "Z:${fonts//\//\\}" | tail -1

status=0
for format in docx pdf xlsx html txt; do
  if cmp -s "linux/yubei-zwfw-2024.$format" "windows/yubei-zwfw-2024.$format"; then
    echo "$format: identical"
  else
    echo "$format: DIFFERS"; status=1
  fi
done
exit $status
