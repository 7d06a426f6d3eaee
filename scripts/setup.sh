#!/usr/bin/env bash
# Installs what ReportGen needs on a fresh Debian machine besides the .NET SDK:
# free CJK fonts for the PDF typesetter (Noto Serif/Sans CJK SC, LXGW WenKai, WenQuanYi Zen Hei,
# HanaMin for the rare characters of CJK Extension B and beyond, and the Fandol faces: the only
# free 仿宋), poppler-utils (pdftotext, pdffonts, pdftoppm) used by tests and for looking at pages,
# chromium (/usr/lib/chromium/chromium), the browser the HTML tests drive through Playwright, and
# LibreOffice Writer without its GUI (soffice --headless --convert-to pdf: the PDF tests compare
# LibreOffice's pages of our DOCX with our PDF's).
set -euo pipefail
packages=(fonts-noto-cjk fonts-lxgw-wenkai fonts-wqy-zenhei fonts-hanazono poppler-utils fontconfig chromium)
# A machine with the full LibreOffice (libreoffice-core) already has soffice: the -nogui package would replace it.
command -v soffice >/dev/null 2>&1 || packages+=(libreoffice-writer-nogui)
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
fonts_changed=""
# FandolFang/Hei/Kai/Song (GPL with the font exception: embedding is fine) ship only inside Debian's
# texlive-lang-chinese. Take just those .otf files out of the package (no TeX installation).
fandol_dir=/usr/local/share/fonts/fandol
fandol_faces=(FandolFang-Regular FandolHei-Regular FandolHei-Bold FandolKai-Regular FandolSong-Regular FandolSong-Bold)
fandol_missing=""
for f in "${fandol_faces[@]}"; do
  [ -s "$fandol_dir/$f.otf" ] || fandol_missing=1
done
if [ -n "$fandol_missing" ]; then
  work=$(mktemp -d)
  trap 'rm -rf "$work"' EXIT
  # apt-get download writes into the current directory; _apt must be able to write it
  chmod 0777 "$work"
  (cd "$work" && { apt-get download -qq texlive-lang-chinese 2>/dev/null || { $SUDO apt-get update -qq && apt-get download -qq texlive-lang-chinese; }; })
  dpkg-deb -x "$work"/texlive-lang-chinese_*.deb "$work/x"
  $SUDO install -d -m 0755 "$fandol_dir"
  for f in "${fandol_faces[@]}"; do
    $SUDO install -m 0644 "$work/x/usr/share/texlive/texmf-dist/fonts/opentype/public/fandol/$f.otf" "$fandol_dir/"
  done
  fonts_changed=1
fi
# fontconfig aliases: the office fonts official documents name (仿宋_GB2312, 黑体, 楷体_GB2312,
# 方正小标宋简体, 宋体) mapped to the free fonts above, so LibreOffice and other fontconfig users draw
# each role in a face of the right style (see docs/docx.md).
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
