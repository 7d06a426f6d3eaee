#!/usr/bin/env bash
# Installs what ReportGen needs on a fresh Debian machine besides the .NET SDK:
# free CJK fonts for the PDF typesetter (Noto Serif/Sans CJK SC, LXGW WenKai, WenQuanYi Zen Hei)
# and poppler-utils (pdftotext, pdffonts, pdftoppm) used by tests and for looking at pages.
set -euo pipefail
packages=(fonts-noto-cjk fonts-lxgw-wenkai fonts-wqy-zenhei poppler-utils fontconfig)
missing=()
for p in "${packages[@]}"; do
  dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
