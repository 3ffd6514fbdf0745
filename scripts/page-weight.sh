#!/usr/bin/env bash
# The walker's first load of "Tonight's walk": HTML, CSS, JS and the web app manifest as a phone fetches them (gzip),
# the service worker and what it keeps for the night on installing (its icon), without map tiles and without Leaflet,
# which the page loads only when asked. Usage: scripts/page-weight.sh [base-url]
# Needs a running app in demo mode (./mvnw spring-boot:run). Prints each resource, the total, and the time on
# "slow 3G" (Chrome DevTools' preset: 400 kbit/s down, 400 ms round trip) with one connection.
set -euo pipefail
base="${1:-http://localhost:8080}"
jar="$(mktemp)"
trap 'rm -f "$jar"' EXIT

csrf=$(curl -s -c "$jar" -b "$jar" "$base/login" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -1)
curl -s -o /dev/null -c "$jar" -b "$jar" -d "username=vandrare&password=nattvandring&_csrf=$csrf" "$base/login"
walk=$(curl -s -b "$jar" "$base/api/v1/walks?from=$(date -d yesterday +%F)&to=$(date -d tomorrow +%F)" \
  | python3 -c 'import json,sys; w=[x for x in json.load(sys.stdin) if x["status"] in ("PLANNED","IN_PROGRESS")]; print(w[0]["id"])')
page="/walks/$walk/night"

total=0
requests=0
measure() {
  local path="$1" bytes
  bytes=$(curl -s -b "$jar" -H 'Accept-Encoding: gzip' --compressed -o - "$base$path" | gzip -9 -c | wc -c)
  printf '%-48s %7d bytes gzipped\n' "$path" "$bytes"
  total=$((total + bytes))
  requests=$((requests + 1))
}

html=$(curl -s -b "$jar" "$base$page")
measure "$page"
for asset in $(printf '%s' "$html" | grep -oE '(href|src)="/(css|js|webjars|manifest)[^"]*"' | sed -E 's/^(href|src)="//; s/"$//' | sort -u); do
  measure "$asset"
done
# Registered by night.js, and precached by the worker on installing.
measure "/sw.js"
measure "/icons/icon-192.png"
seconds=$(python3 -c "print(round($total * 8 / 400000 + $requests * 0.4, 1))")
printf '%-48s %7d bytes gzipped (%d requests)\n' "total" "$total" "$requests"
printf 'slow 3G (400 kbit/s, 400 ms RTT, one connection): about %s s\n' "$seconds"
[ "$total" -le 61440 ] || { echo "over the 60 KB budget"; exit 1; }
