#!/usr/bin/env bash
# Fault runs of the README's "Reliability and security → Faults, measured". Everything listens on
# 127.0.0.1 only and is stopped at the end of each run: Debian's PostgreSQL 15 in a throwaway
# cluster, and Payara Micro with the suite's test archive (the built WAR plus the probe servlets
# that WriteLoad drives). Run one at a time, from the repository root:
#
#   scripts/faults/faults.sh build     # once: WAR, test classes, their class path, test archive
#   scripts/faults/faults.sh kill9     # (a) kill -9 of the server during the write load
#   scripts/faults/faults.sh dbpause   # (b) PostgreSQL stopped for 10 s during the write load
#   scripts/faults/faults.sh sqlmap    # (c) sqlmap against the forms (apt-get install sqlmap)
#   scripts/faults/faults.sh stop      # whatever is still running
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/../.." && pwd)
WORK=${FAULTS_WORK:-/tmp/anjian-faults}
PG_BIN=${PG_BIN:-/usr/lib/postgresql/15/bin}
PG_PORT=${PG_PORT:-55631}
HTTP_PORT=${HTTP_PORT:-18580}
LOAD_SECONDS=${LOAD_SECONDS:-60}
BASE=http://127.0.0.1:$HTTP_PORT/anjian/
MICRO_JAR=${MICRO_JAR:-$HOME/.m2/repository/fish/payara/extras/payara-micro/6.2025.10/payara-micro-6.2025.10.jar}

export DB_URL=jdbc:postgresql://127.0.0.1:$PG_PORT/anjian DB_USER=anjian DB_PASSWORD=anjian
export DB_DATASOURCE_CLASS=org.postgresql.ds.PGSimpleDataSource
export ANJIAN_PROFILE=test ANJIAN_TEST_CAPTCHA=0000 ANJIAN_DEMO_DATA=true

log() { echo "$(date -u +%H:%M:%S) $*"; }

java_test() { # a main class of micro's test sources
  (exec java -Xmx256m -cp "$ROOT/micro/target/test-classes:$(cat "$WORK/classpath")" "$@")
}

build() {
  mkdir -p "$WORK"
  (cd "$ROOT" && ./mvnw -o -q -B -pl micro -am package dependency:build-classpath -DskipTests \
    -Dmdep.outputFile="$WORK/classpath" -Dmdep.includeScope=test)
  java_test -Danjian.war="$ROOT/micro/target/anjian.war" org.anjian.it.faults.TestArchive \
    "$WORK/anjian.war"
  log "built $WORK/anjian.war"
}

# Never talk to a server this script did not start: a port in use stops the run.
port_free() {
  if ss -tln | grep -q ":$1 "; then
    log "port $1 is in use by another server: choose another (PG_PORT, HTTP_PORT)" && exit 1
  fi
}

db_start() {
  port_free "$PG_PORT"
  if [ ! -f "$WORK/pg/PG_VERSION" ]; then
    mkdir -p "$WORK/pg" "$WORK/sock" && chown postgres "$WORK/pg" "$WORK/sock" && chmod 755 "$WORK"
    runuser -u postgres -- "$PG_BIN/initdb" -D "$WORK/pg" -U anjian --auth=trust >/dev/null ||
      { log "initdb failed" && exit 1; }
  fi
  runuser -u postgres -- "$PG_BIN/pg_ctl" -D "$WORK/pg" -l "$WORK/sock/postgres.log" -w \
    -o "-c listen_addresses=127.0.0.1 -p $PG_PORT -k $WORK/sock" start >/dev/null ||
    { log "PostgreSQL did not start: see $WORK/sock/postgres.log" && exit 1; }
  psql -h 127.0.0.1 -p "$PG_PORT" -U anjian -d postgres -tAc \
    "select 1 from pg_database where datname = 'anjian'" | grep -q 1 ||
    psql -h 127.0.0.1 -p "$PG_PORT" -U anjian -d postgres -qc "create database anjian"
  log "PostgreSQL up on 127.0.0.1:$PG_PORT"
}

db_stop() {
  [ -f "$WORK/pg/postmaster.pid" ] &&
    runuser -u postgres -- "$PG_BIN/pg_ctl" -D "$WORK/pg" -m fast -w stop >/dev/null || true
}

portal_start() {
  port_free "$HTTP_PORT"
  mkdir -p "$WORK/tmp"
  java -Xmx768m -Djava.io.tmpdir="$WORK/tmp" -Dhazelcast.phone.home.enabled=false -jar "$MICRO_JAR" \
    --deploy "$WORK/anjian.war" --contextroot anjian --port "$HTTP_PORT" --nohazelcast \
    --disablephonehome --rootdir "$WORK/micro" \
    --prebootcommandfile "$ROOT/server-config/payara-micro/pre-boot-commands.asadmin" \
    >>"$WORK/micro.log" 2>&1 &
  echo $! >"$WORK/micro.pid"
  local started=$SECONDS
  until curl -sf -o /dev/null "${BASE}login.xhtml"; do
    if ((SECONDS - started > 400)) || ! kill -0 "$(cat "$WORK/micro.pid")" 2>/dev/null; then
      log "the portal did not start: see $WORK/micro.log" && return 1
    fi
    sleep 2
  done
  log "portal answers at $BASE after $((SECONDS - started)) s"
}

portal_stop() {
  [ -f "$WORK/micro.pid" ] && kill "$(cat "$WORK/micro.pid")" 2>/dev/null &&
    while kill -0 "$(cat "$WORK/micro.pid")" 2>/dev/null; do sleep 1; done
  rm -f "$WORK/micro.pid"
}

# Starts the write load in the background; the run stops it with a stop file.
load_start() {
  local tag=$1 ids=$2
  rm -f "$WORK/ack-$tag" "$WORK/ack-$tag.stop"
  java -Xmx256m -cp "$ROOT/micro/target/test-classes:$(cat "$WORK/classpath")" \
    org.anjian.it.census.WriteLoad "$BASE" 900 "$WORK/ack-$tag" "$tag" $ids \
    >"$WORK/load-$tag.log" 2>&1 &
  echo $! >"$WORK/load.pid"
  log "write load $tag started"
}

load_stop() {
  local tag=$1
  touch "$WORK/ack-$tag.stop"
  wait "$(cat "$WORK/load.pid")" || true
  rm -f "$WORK/load.pid"
  log "write load $tag: $(tail -1 "$WORK/load-$tag.log")"
}

# What a user sees on a page that needs the database, while the fault lasts.
user_view() {
  local page
  page=$(curl -s -w '\n%{http_code}' "${BASE}public/certificates.xhtml" || echo "no answer")
  log "a visitor gets HTTP $(tail -1 <<<"$page");" \
    "stack trace lines: $(grep -cE '^\s*at [a-z]+\.|Exception' <<<"$page" || true);" \
    "message: $(grep -oE 'id="error-[0-9]+"|<h1[^>]*>[^<]*' <<<"$page" | head -2 | tr '\n' ' ')"
}

tag() { printf '%06x' $(((RANDOM << 15 | RANDOM) & 0xFFFFFF)); }

kill9() {
  db_start && portal_start
  local t ids
  t=$(tag)
  ids=$(java_test org.anjian.it.faults.PrintableApplications "$BASE" 12)
  log "12 applications ready to print: $ids"
  load_start "$t" "$ids"
  sleep "$((LOAD_SECONDS / 2))"
  log "kill -9 of the portal" && kill -9 "$(cat "$WORK/micro.pid")"
  while kill -0 "$(cat "$WORK/micro.pid")" 2>/dev/null || ss -tln | grep -q ":$HTTP_PORT "; do
    sleep 1
  done
  rm -f "$WORK/micro.pid"
  portal_start
  sleep "$((LOAD_SECONDS / 2))"
  load_stop "$t"
  java_test org.anjian.it.faults.FaultCheck "$WORK/ack-$t" "$t" | tee "$WORK/check-$t.txt" || true
  stop
}

dbpause() {
  db_start && portal_start
  local t ids
  t=$(tag)
  ids=$(java_test org.anjian.it.faults.PrintableApplications "$BASE" 6)
  load_start "$t" "$ids"
  sleep "$((LOAD_SECONDS / 2))"
  log "PostgreSQL stopped" && db_stop
  sleep 3 && user_view
  sleep 7 && db_start && log "PostgreSQL started again (10 s)"
  sleep 5 && user_view
  sleep "$((LOAD_SECONDS / 2))"
  load_stop "$t"
  java_test org.anjian.it.faults.FaultCheck "$WORK/ack-$t" "$t" | tee "$WORK/check-$t.txt" || true
  stop
}

# One form through sqlmap: its JSF postback with a fresh view state per request (--csrf-token).
sqlmap_form() {
  local name=$1 page=$2 data=$3 parameters=$4
  shift 4
  sqlmap -u "$BASE$page" --data "$data" -p "$parameters" --csrf-token=jakarta.faces.ViewState \
    --batch --level=2 --risk=1 --time-sec=2 --threads=2 --output-dir="$WORK/sqlmap" \
    --flush-session "$@" >"$WORK/sqlmap-$name.txt" 2>&1 || true
  log "sqlmap $name ($parameters): $(grep -cE '^\[' "$WORK/sqlmap-$name.txt") log lines;" \
    "$(grep -hoE 'all tested parameters do not appear to be injectable|Parameter: .* is vulnerable|sqlmap identified the following injection point' "$WORK/sqlmap-$name.txt" | sort -u | tr '\n' ';')"
}

sqlmap_run() {
  db_start && portal_start
  mkdir -p "$WORK/sqlmap"
  local vs='jakarta.faces.ViewState=x'
  sqlmap_form login login.xhtml \
    "login=login&login:username=nobody&login:password=x&login:captcha=0000&login:submit=&$vs" \
    "login:username,login:password"
  sqlmap_form register register.xhtml \
    "reg=reg&reg:name=a&reg:creditCode=91370211MA3C000000&reg:legalRep=a&reg:contactPerson=a&reg:contactPhone=13800000000&reg:email=a@b.cn&reg:address=a&reg:username=sqlmapuser&reg:password=Sqlmap@2026x&reg:confirm=Sqlmap@2026x&reg:submit=&$vs" \
    "reg:name,reg:creditCode,reg:username,reg:email"
  sqlmap_form search public/certificates.xhtml "query=query&query:text=steel&query:search=&$vs" \
    "query:text"
  sqlmap -u "${BASE}public/verify.xhtml?number=1" -p number --batch --level=2 --risk=1 \
    --time-sec=2 --output-dir="$WORK/sqlmap" --flush-session >"$WORK/sqlmap-verify.txt" 2>&1 || true
  log "sqlmap verify (number): $(grep -hoE 'all tested parameters do not appear to be injectable|is vulnerable' "$WORK/sqlmap-verify.txt" | sort -u)"
  # the filter forms of a signed-in regulator: the session cookie of a login made with curl
  local jar="$WORK/cookies" form
  rm -f "$jar"
  form=$(curl -s -c "$jar" -b "$jar" "${BASE}login.xhtml")
  curl -s -o /dev/null -c "$jar" -b "$jar" --data-urlencode "login=login" \
    --data-urlencode "login:username=huangdao" --data-urlencode "login:password=Demo@2026" \
    --data-urlencode "login:captcha=0000" --data-urlencode "login:submit=" \
    --data-urlencode "jakarta.faces.ViewState=$(grep -oP 'ViewState[^>]*value="\K[^"]+' <<<"$form" | head -1)" \
    "${BASE}login.xhtml"
  local cookie
  cookie=$(awk '$6 == "JSESSIONID" {print "JSESSIONID=" $7}' "$jar")
  sqlmap_form enterprises regulator/enterprises.xhtml "list=list&list:search=steel&list:searchButton=&$vs" \
    "list:search" --cookie="$cookie"
  sqlmap_form accounts manage/accounts.xhtml "list=list&list:search=steel&list:searchButton=&$vs" \
    "list:search" --cookie="$cookie"
  stop
}

stop() {
  [ -f "$WORK/load.pid" ] && kill "$(cat "$WORK/load.pid")" 2>/dev/null || true
  portal_stop || true
  db_stop
  log "stopped"
}

case "${1:-}" in
  build) build ;;
  kill9) kill9 ;;
  dbpause) dbpause ;;
  sqlmap) sqlmap_run ;;
  stop) stop ;;
  *) sed -n '2,12p' "$0" && exit 2 ;;
esac
