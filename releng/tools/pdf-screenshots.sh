#!/usr/bin/env bash
# Makes the pictures of the technical file shown in the README from the product itself (built first by
# ./linebench when the sources changed), rendered by poppler's pdftoppm (apt-get install poppler-utils):
#   releng/tools/pdf-screenshots.sh [OUT_DIR]        (default: docs/screenshots)
# pdf-cover-zh.png (page 1), pdf-findings-zh.png (the page of the first finding), pdf-diagram-zh.png
# (the line diagram), pdf-bilingual.png (a findings page in Chinese and English).
set -eu
here=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
out=$(mkdir -p "${1:-$here/docs/screenshots}" && cd "${1:-$here/docs/screenshots}" && pwd)
command -v pdftoppm >/dev/null || { echo "pdftoppm missing: apt-get install poppler-utils" >&2; exit 2; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$here"
./linebench --lang zh validate examples/bodyshop-noncompliant --rules cn --format pdf --output "$work/zh.pdf" || [ $? = 1 ]
./linebench --lang zh validate examples/bodyshop-noncompliant --rules cn --format pdf --bilingual --output "$work/both.pdf" || [ $? = 1 ]

page_of() {  # page_of PDF PATTERN: the first page whose text matches
  local n; n=$(pdfinfo "$1" | awk '/^Pages:/ {print $2}')
  for ((p = 1; p <= n; p++)); do
    if pdftotext -f $p -l $p "$1" - | grep -qE "$2"; then echo $p; return; fi
  done
  echo 1
}
shot() {  # shot PDF PAGE NAME: the page, 480 pixels wide (small files; the text still reads)
  pdftoppm -f "$2" -l "$2" -singlefile -png -scale-to-x 480 -scale-to-y -1 "$1" "$out/${3%.png}"
}
shot "$work/zh.pdf" 1 pdf-cover-zh.png
shot "$work/zh.pdf" "$(page_of "$work/zh.pdf" '^1\. (错误|警告)')" pdf-findings-zh.png
shot "$work/zh.pdf" "$(page_of "$work/zh.pdf" '^产线说明$')" pdf-diagram-zh.png
shot "$work/both.pdf" "$(page_of "$work/both.pdf" '^1\. (错误|警告)')" pdf-bilingual.png
ls -l "$out"/pdf-*.png
