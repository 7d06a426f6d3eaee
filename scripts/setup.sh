#!/usr/bin/env bash
# Installs what ReportGen needs on a fresh Debian machine besides the .NET SDK:
# free CJK fonts for the PDF typesetter (Noto Serif/Sans CJK SC, LXGW WenKai, WenQuanYi Zen Hei),
# poppler-utils (pdftotext, pdffonts, pdftoppm) used by tests and for looking at pages, and chromium
# (/usr/lib/chromium/chromium), the browser the HTML tests drive through Playwright.
set -euo pipefail
packages=(fonts-noto-cjk fonts-lxgw-wenkai fonts-wqy-zenhei poppler-utils fontconfig chromium)
missing=()
for p in "${packages[@]}"; do
  dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p")
done
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
if [ ${#missing[@]} -gt 0 ]; then
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
# fontconfig aliases: the office fonts official documents name (仿宋_GB2312, 黑体, 楷体_GB2312,
# 方正小标宋简体, 宋体) mapped to the free fonts above, so LibreOffice and other fontconfig users draw
# each role in a face of the right style (see docs/docx.md).
fonts_changed=""
for conf in "$(dirname "${BASH_SOURCE[0]}")"/fonts/*.conf; do
  [ -e "$conf" ] || continue
  if ! cmp -s "$conf" "/etc/fonts/conf.d/$(basename "$conf")"; then
    $SUDO install -m 0644 "$conf" /etc/fonts/conf.d/
    fonts_changed=1
  fi
done
if [ -n "$fonts_changed" ]; then
  fc-cache -f >/dev/null
fi
