#!/usr/bin/env bash
# The visual check of the seed diagram, repeatable by anyone:
#  1. installs Chromium and the Noto fonts (Arabic shaping needs a font with Arabic
#     glyphs: fonts-noto-core brings Noto Sans Arabic) with apt when missing, and
#     Playwright for Python for the report tests (scripts/ensure-browser.sh);
#  2. renders the seed network as SVG and PNG (Graphviz cairo/pango) with the CLI;
#  3. screenshots the SVG in headless Chromium.
# Output goes to out/ (git-ignored). Look at out/backchannel-chromium.png and
# out/backchannel.png: Arabic names joined and right to left, nothing overlapping
# unreadably, legend legible.
set -euo pipefail
cd "$(dirname "$0")/.."
OUT=out
mkdir -p "$OUT"

bash scripts/ensure-browser.sh

swift build --product actorgraph >/dev/null
BIN=.build/debug/actorgraph
$BIN render seeds/backchannel.json -o "$OUT/backchannel.svg" --labels both
$BIN render seeds/backchannel.json -o "$OUT/backchannel.png" --labels both
$BIN render seeds/backchannel.json -o "$OUT/backchannel-en.svg"

# The SVG's own size, so the screenshot shows all of it.
read -r W H < <(sed -n 's/^<svg width="\([0-9]*\)pt" height="\([0-9]*\)pt".*/\1 \2/p' "$OUT/backchannel.svg" | head -1)
W=$(( W * 4 / 3 + 20 )); H=$(( H * 4 / 3 + 20 ))
chromium --headless --no-sandbox --disable-gpu --hide-scrollbars \
    --window-size="$W,$H" --screenshot="$PWD/$OUT/backchannel-chromium.png" \
    "file://$PWD/$OUT/backchannel.svg" 2>/dev/null
echo "wrote $OUT/backchannel.svg, $OUT/backchannel.png (Graphviz) and $OUT/backchannel-chromium.png (Chromium, ${W}x${H})"
