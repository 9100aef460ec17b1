#!/usr/bin/env bash
# CPU a single view costs the server: signs in as LOGIN (generated data, password Load@2026, the
# portal started with ANJIAN_TEST_CAPTCHA=0000), loads each PAGE N times one after another and
# prints per view p50 / p95 of the load times, the mean wall time and the CPU of the server's request threads, its JIT compiler
# threads and its GC threads (read from /proc for the Payara Server process, ASMain).
# Usage: load/scripts/view-cpu.sh [base url] [login] [n] page...
#   load/scripts/view-cpu.sh http://127.0.0.1:18480 r000000 100 regulator/census/pending.xhtml
set -euo pipefail
BASE=${1:-http://127.0.0.1:18480}; LOGIN=${2:-r000000}; N=${3:-100}; shift 3 || true
PAGES=("$@"); [ ${#PAGES[@]} -gt 0 ] || PAGES=(regulator/census/pending.xhtml)
PID=$(jps | awk '/ASMain/{print $1}')
JAR=$(mktemp); trap 'rm -f "$JAR"' EXIT
form=$(curl -s -c "$JAR" -b "$JAR" "$BASE/login.xhtml")
state=$(grep -o 'name="jakarta.faces.ViewState"[^>]*value="[^"]*"' <<<"$form" | head -1 | sed 's/.*value="//;s/"$//')
nonce=$(grep -o 'nonce="[^"]*"' <<<"$form" | head -1 | sed 's/nonce="//;s/"$//')
curl -s -c "$JAR" -b "$JAR" -o /dev/null -L --data-urlencode "jakarta.faces.ViewState=$state" \
  --data-urlencode "primefaces.nonce=$nonce" \
  -d "login=login&login:username=$LOGIN&login:password=Load@2026&login:captcha=0000&login:submit=" \
  "$BASE/login.xhtml"
ticks() { # request threads, JIT, GC: CPU ticks of the server's threads
  for t in /proc/"$PID"/task/*; do echo "$(cat "$t"/comm) $(cut -d' ' -f14,15 "$t"/stat)"; done |
    awk '{c=$(NF-1)+$NF} /http-thre/{h+=c; next} /C[12] Comp/{j+=c; next} /GC|G1/{g+=c} END{print h+0, j+0, g+0}'
}
hz=$(getconf CLK_TCK)
for page in "${PAGES[@]}"; do
  for _ in 1 2 3 4 5; do curl -s -b "$JAR" -o /dev/null "$BASE/$page"; done
  read -r h0 j0 g0 < <(ticks); t0=$(date +%s%N)
  times=$(for _ in $(seq 1 "$N"); do curl -s -b "$JAR" -o /dev/null -w '%{time_total}\n' "$BASE/$page"; done | sort -n)
  t1=$(date +%s%N); read -r h1 j1 g1 < <(ticks)
  p50=$(awk -v n="$N" 'NR == int(n * 0.5) + 1 { print $1 * 1000 }' <<<"$times")
  p95=$(awk -v n="$N" 'NR == int(n * 0.95) + 1 || (NR == n && n < 20) { print $1 * 1000; exit }' <<<"$times")
  awk -v p="$page" -v n="$N" -v w=$(( (t1 - t0) / 1000000 )) -v h=$((h1 - h0)) -v j=$((j1 - j0)) \
    -v g=$((g1 - g0)) -v hz="$hz" -v p50="$p50" -v p95="$p95" 'BEGIN { printf "%-40s p50 %5.0f ms  p95 %5.0f ms  wall %6.1f ms  request threads %5.1f ms  JIT %5.1f ms  GC %4.1f ms per view\n", p, p50, p95, w / n, h * 1000 / hz / n, j * 1000 / hz / n, g * 1000 / hz / n }'
done
