#!/usr/bin/env bash
# Lighthouse scores (issue 14, docs/benchmarks.md "What a browser waits for") of the home page and each role's main
# page, on the desktop and the mobile presets, against a running server with the demo accounts. Opt-in: not part of
# any build. Needs Node.js (npm) and Chromium; installs lighthouse 12.2.3 under target/lighthouse on first use.
#
#   src/bench/lighthouse.sh [base URL, default http://localhost:8080]
#   RUNS=3 PRESETS=mobile src/bench/lighthouse.sh http://localhost:8280
#
# Prints one line per page and preset: performance, accessibility, best practices; the JSON reports stay in
# target/lighthouse/reports. RUNS (default 1) scores each page that many times and prints each run's performance and
# the line of the run with the median performance (on a shared machine the CPU part of a score moves between runs);
# PRESETS (default "desktop mobile") chooses the presets.
set -euo pipefail

BASE="${1:-http://localhost:8080}"
BASE="${BASE%/}"
HERE="$(cd "$(dirname "$0")/../.." && pwd)"
WORK="$HERE/target/lighthouse"
REPORTS="$WORK/reports"
LIGHTHOUSE_VERSION=12.2.3
export CHROME_PATH="${CHROME_PATH:-$(command -v chromium || command -v chromium-browser || command -v google-chrome)}"

mkdir -p "$REPORTS"
if [ ! -x "$WORK/node_modules/.bin/lighthouse" ]; then
  npm install --silent --no-audit --no-fund --prefix "$WORK" "lighthouse@$LIGHTHOUSE_VERSION" >/dev/null
fi
LIGHTHOUSE="$WORK/node_modules/.bin/lighthouse"

# A portal session of ACCOUNT (password demo), as the sign-in form makes it: prints the Cookie header's value.
session_cookie() {
  local account="$1" jar page view_state nonce
  jar="$(mktemp)"
  page="$(curl -s -c "$jar" -b "$jar" "$BASE/login.xhtml?lang=en")"
  view_state="$(printf '%s' "$page" | grep -o 'name="jakarta.faces.ViewState"[^>]*value="[^"]*"' | head -1 \
    | sed -e 's/.*value="//' -e 's/"$//' -e 's/&#58;/:/g' -e 's/&amp;/\&/g')"
  nonce="$(printf '%s' "$page" | grep -o 'nonce="[^"]*"' | head -1 | sed -e 's/nonce="//' -e 's/"$//' || true)"
  curl -s -o /dev/null -c "$jar" -b "$jar" "$BASE/login.xhtml" \
    --data-urlencode "signInForm=signInForm" --data-urlencode "signInForm:next=" \
    --data-urlencode "signInForm:username=$account" --data-urlencode "signInForm:password=demo" \
    --data-urlencode "signInForm:submit=signInForm:submit" --data-urlencode "jakarta.faces.ViewState=$view_state" \
    ${nonce:+--data-urlencode "primefaces.nonce=$nonce"}
  awk '$6 == "JSESSIONID" { print "JSESSIONID=" $7 }' "$jar" | tail -1
  rm -f "$jar"
}

RUNS="${RUNS:-1}"
PRESETS="${PRESETS:-desktop mobile}"

# score NAME PATH PRESET [ACCOUNT]: RUNS runs (a fresh session each), then the line of the median run
score() {
  local name="$1" path="$2" preset="$3" account="${4:-}" out run args outs=()
  for run in $(seq 1 "$RUNS"); do
    out="$REPORTS/$name-$preset.json"
    if [ "$RUNS" -gt 1 ]; then out="$REPORTS/$name-$preset-$run.json"; fi
    args=()
    if [ "$preset" = desktop ]; then args+=(--preset=desktop); fi
    if [ -n "$account" ]; then args+=(--extra-headers="{\"Cookie\": \"$(session_cookie "$account")\"}"); fi
    "$LIGHTHOUSE" "$BASE$path" "${args[@]}" --quiet --output=json --output-path="$out" \
      --only-categories=performance,accessibility,best-practices \
      --chrome-flags="--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage" || true
    outs+=("$out")
  done
  node -e '
    const [name, preset, ...files] = process.argv.slice(1);
    const reports = files.map((f) => require(f));
    const s = (r, c) => r.categories[c] && r.categories[c].score !== null ? Math.round(r.categories[c].score * 100) : "-";
    const runs = reports.map((r) => s(r, "performance"));
    const r = reports.slice().sort((a, b) => s(a, "performance") - s(b, "performance"))[(reports.length - 1) >> 1];
    const fcp = r.audits["first-contentful-paint"] ? r.audits["first-contentful-paint"].displayValue : "-";
    const url = r.finalDisplayedUrl || r.finalUrl;
    console.log([name.padEnd(12), preset.padEnd(8), "performance", String(s(r, "performance")).padStart(3),
      " accessibility", String(s(r, "accessibility")).padStart(3), " best practices", String(s(r, "best-practices")).padStart(3),
      " first paint", fcp, " ", url, runs.length > 1 ? " runs " + runs.join(",") : ""].join(" "));
  ' "$name" "$preset" "${outs[@]}"
}

echo "Lighthouse $LIGHTHOUSE_VERSION, $CHROME_PATH, $BASE, $(date -u +%Y-%m-%dT%H:%MZ), $RUNS run(s) a page," \
  "load average $(cut -d' ' -f1-3 /proc/loadavg)"
for preset in $PRESETS; do
  score home / "$preset"
  score recipient /recipient/home.xhtml "$preset" recipient.NER
  score donor /donor/home.xhtml "$preset" donor.DEU
  score secretariat /secretariat/home.xhtml "$preset" secretariat
  score admin /admin/home.xhtml "$preset" admin
done
echo "done $(date -u +%H:%MZ), load average $(cut -d' ' -f1-3 /proc/loadavg)"
