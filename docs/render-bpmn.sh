#!/usr/bin/env bash
# Render a BPMN 2.0 diagram (.bpmn with BPMN-DI layout) to a PNG picture.
#
# Usage:   docs/render-bpmn.sh input.bpmn output.png
# Example: docs/render-bpmn.sh processes/budget-draft-approval.bpmn docs/budget-draft-approval.png
#
# Requirements (not installed by this script):
#   - node + npm (used to fetch bpmn-js from the npm registry and to write the page)
#   - Debian's chromium package (/usr/bin/chromium); no browser is ever downloaded
#   - a CJK font for Chinese labels, on Debian: apt-get install -y fonts-noto-cjk
#
# How it works: bpmn-js's prebuilt viewer bundle is npm-installed into a scratch
# directory OUTSIDE the repository (default: ${TMPDIR:-/tmp}/bpmn-render, reused on
# later runs). A throw-away HTML page embeds the XML, imports it with bpmn-js and
# calls canvas.zoom('fit-viewport'). Headless Chromium runs the page twice: once
# to measure the diagram's bounding box (--dump-dom), once to take the screenshot
# with a window sized to that box plus a margin, so nothing is cut off.
#
# Optional environment:
#   BPMN_RENDER_HOME   scratch dir for the npm install (default ${TMPDIR:-/tmp}/bpmn-render)
#   BPMN_JS_VERSION    bpmn-js version to install (default 18.31.1)
#   BPMN_RENDER_MARGIN white margin around the diagram in px (default 20)
#   BPMN_RENDER_SCALE  device scale factor, e.g. 2 for a hi-dpi picture (default 1)
#   CHROMIUM           browser binary (default /usr/bin/chromium)
set -euo pipefail

usage() { echo "usage: $0 input.bpmn output.png" >&2; exit 2; }
[ $# -eq 2 ] || usage
in=$1
out=$2
[ -f "$in" ] || { echo "error: no such file: $in" >&2; exit 2; }

CHROMIUM=${CHROMIUM:-/usr/bin/chromium}
BPMN_RENDER_HOME=${BPMN_RENDER_HOME:-${TMPDIR:-/tmp}/bpmn-render}
BPMN_JS_VERSION=${BPMN_JS_VERSION:-18.31.1}
MARGIN=${BPMN_RENDER_MARGIN:-20}
SCALE=${BPMN_RENDER_SCALE:-1}

for tool in node npm; do
  command -v "$tool" >/dev/null || { echo "error: $tool not found (needs node + npm)" >&2; exit 1; }
done
[ -x "$CHROMIUM" ] || { echo "error: $CHROMIUM not found (apt-get install -y chromium)" >&2; exit 1; }
if command -v fc-list >/dev/null && [ -z "$(fc-list :lang=zh 2>/dev/null | head -n1)" ] \
   && LC_ALL=C grep -q $'[\xe4-\xe9]' "$in"; then
  echo "warning: no CJK font installed, Chinese labels will show as boxes" \
       "(apt-get install -y fonts-noto-cjk)" >&2
fi

# --- bpmn-js, installed once into the scratch dir (never into the repo) -------
pkg="$BPMN_RENDER_HOME/node_modules/bpmn-js"
have=$(node -p 'try { require(process.argv[1]).version } catch (e) { "" }' "$pkg/package.json" 2>/dev/null || true)
if [ "$have" != "$BPMN_JS_VERSION" ]; then
  echo "installing bpmn-js@$BPMN_JS_VERSION into $BPMN_RENDER_HOME ..." >&2
  mkdir -p "$BPMN_RENDER_HOME"
  [ -f "$BPMN_RENDER_HOME/package.json" ] || echo '{ "private": true }' > "$BPMN_RENDER_HOME/package.json"
  (cd "$BPMN_RENDER_HOME" && npm install --no-audit --no-fund --loglevel=error "bpmn-js@$BPMN_JS_VERSION" >&2)
fi
dist="$(cd "$pkg/dist" && pwd)"

# --- throw-away page ----------------------------------------------------------
work=$(mktemp -d "${TMPDIR:-/tmp}/bpmn-render-run.XXXXXX")
trap 'rm -rf "$work"' EXIT

cat > "$work/make-page.js" <<'EOF'
const fs = require('fs');
const [xmlFile, dist, pageFile] = process.argv.slice(2);
// JSON-encode the XML and escape '<' so that nothing in it can close the <script>.
const xml = JSON.stringify(fs.readFileSync(xmlFile, 'utf8')).replace(/</g, '\\u003c');
const url = p => 'file://' + encodeURI(dist + '/' + p);
fs.writeFileSync(pageFile, `<!DOCTYPE html>
<html><head><meta charset="utf-8">
<link rel="stylesheet" href="${url('assets/diagram-js.css')}">
<link rel="stylesheet" href="${url('assets/bpmn-js.css')}">
<style>
  html, body { margin: 0; padding: 0; width: 100%; height: 100%; overflow: hidden; background: #fff; }
  #canvas { width: 100%; height: 100%; }
  #result { display: none; }
</style>
<script src="${url('bpmn-viewer.production.min.js')}"></script>
</head><body>
<div id="canvas"></div>
<pre id="result">pending</pre>
<script>
  const xml = ${xml};
  // Pass 2 gives the picture size as ?w=..&h=..: pin the canvas to it, because
  // headless Chromium's layout viewport can be smaller than --window-size.
  const q = new URLSearchParams(location.search);
  if (q.get('w')) {
    const c = document.getElementById('canvas');
    c.style.width = q.get('w') + 'px';
    c.style.height = q.get('h') + 'px';
  }
  const report = r => { document.getElementById('result').textContent = encodeURIComponent(JSON.stringify(r)); };
  try {
    const viewer = new BpmnJS({ container: '#canvas' });
    viewer.importXML(xml).then(({ warnings }) => {
      const canvas = viewer.get('canvas');
      canvas.zoom('fit-viewport', 'auto');
      const vb = canvas.viewbox();
      report({ ok: true, inner: vb.inner, scale: vb.scale, warnings: warnings.map(w => w.message) });
    }).catch(err => report({ ok: false, error: String(err && err.message || err),
                             warnings: (err.warnings || []).map(w => w.message) }));
  } catch (err) {
    report({ ok: false, error: String(err && err.message || err), warnings: [] });
  }
</script>
</body></html>
`);
EOF
node "$work/make-page.js" "$in" "$dist" "$work/page.html"

chromium_run() { # $1 = window size "W,H"; $2 = page query; rest = extra flags
  local size=$1 query=$2; shift 2
  "$CHROMIUM" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
    --disable-background-networking --disable-component-update --disable-sync \
    --hide-scrollbars --user-data-dir="$(mktemp -d "$work/profile.XXXXXX")" \
    --virtual-time-budget=5000 --window-size="$size" "$@" "file://$work/page.html$query"
}

# --- pass 1: import and measure -------------------------------------------------
if ! chromium_run 4000,3000 "" --dump-dom > "$work/dom.html" 2> "$work/chromium1.log"; then
  cat "$work/chromium1.log" >&2; echo "error: chromium failed (measure pass)" >&2; exit 1
fi
size=$(node -e '
  const fs = require("fs");
  const dom = fs.readFileSync(process.argv[1], "utf8");
  const m = dom.match(/<pre id="result">([^<]*)<\/pre>/);
  if (!m || m[1] === "pending") { console.error("error: bpmn-js did not finish rendering"); process.exit(1); }
  const r = JSON.parse(decodeURIComponent(m[1]));
  for (const w of r.warnings) console.error("bpmn-js warning: " + w);
  if (!r.ok) { console.error("error: bpmn-js could not import the diagram: " + r.error); process.exit(1); }
  const margin = Number(process.argv[2]);
  const w = Math.min(4000, Math.ceil(r.inner.width + 2 * margin));
  const h = Math.min(3000, Math.ceil(r.inner.height + 2 * margin));
  console.error(`diagram bounds: x ${Math.round(r.inner.x)}..${Math.round(r.inner.x + r.inner.width)}, ` +
                `y ${Math.round(r.inner.y)}..${Math.round(r.inner.y + r.inner.height)} -> window ${w}x${h}`);
  console.log(`${w},${h}`);
' "$work/dom.html" "$MARGIN")

# --- pass 2: screenshot -----------------------------------------------------------
mkdir -p "$(dirname "$out")"
out_abs="$(cd "$(dirname "$out")" && pwd)/$(basename "$out")"
rm -f "$out_abs"
if ! chromium_run "$size" "?w=${size%,*}&h=${size#*,}" --force-device-scale-factor="$SCALE" --screenshot="$out_abs" \
     > "$work/chromium2.log" 2>&1 || [ ! -s "$out_abs" ]; then
  cat "$work/chromium2.log" >&2; echo "error: chromium failed (screenshot pass)" >&2; exit 1
fi
echo "wrote $out" >&2
