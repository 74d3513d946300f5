#!/usr/bin/env bash
# Lighthouse scores (issue 14, docs/benchmarks.md "What a browser waits for") of the home page and each role's main
# page, on the desktop and the mobile presets, against a running server with the demo accounts. Opt-in: not part of
# any build. Needs Node.js (npm) and Chromium; installs lighthouse 12.2.3 under target/lighthouse on first use.
#
#   src/bench/lighthouse.sh [base URL, default http://localhost:8080]
#
# Prints one line per page and preset: performance, accessibility, best practices; the JSON reports stay in
# target/lighthouse/reports.
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

# score NAME PATH PRESET [COOKIE]
score() {
  local name="$1" path="$2" preset="$3" cookie="${4:-}" out args=()
  out="$REPORTS/$name-$preset.json"
  if [ "$preset" = desktop ]; then args+=(--preset=desktop); fi
  if [ -n "$cookie" ]; then args+=(--extra-headers="{\"Cookie\": \"$cookie\"}"); fi
  "$LIGHTHOUSE" "$BASE$path" "${args[@]}" --quiet --output=json --output-path="$out" \
    --only-categories=performance,accessibility,best-practices \
    --chrome-flags="--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage" || true
  node -e '
    const r = require(process.argv[1]);
    const s = (c) => r.categories[c] && r.categories[c].score !== null ? Math.round(r.categories[c].score * 100) : "-";
    const fcp = r.audits["first-contentful-paint"] ? r.audits["first-contentful-paint"].displayValue : "-";
    const url = r.finalDisplayedUrl || r.finalUrl;
    console.log([process.argv[2].padEnd(12), process.argv[3].padEnd(8), "performance", String(s("performance")).padStart(3),
      " accessibility", String(s("accessibility")).padStart(3), " best practices", String(s("best-practices")).padStart(3),
      " first paint", fcp, " ", url].join(" "));
  ' "$out" "$name" "$preset"
}

echo "Lighthouse $LIGHTHOUSE_VERSION, $CHROME_PATH, $BASE, $(date -u +%Y-%m-%dT%H:%MZ)"
for preset in desktop mobile; do
  score home / "$preset"
  score recipient /recipient/home.xhtml "$preset" "$(session_cookie recipient.NER)"
  score donor /donor/home.xhtml "$preset" "$(session_cookie donor.DEU)"
  score secretariat /secretariat/home.xhtml "$preset" "$(session_cookie secretariat)"
  score admin /admin/home.xhtml "$preset" "$(session_cookie admin)"
done
