#!/usr/bin/env bash
# Installs what the tests need (if missing), starts a private PostgreSQL on a free port, runs every
# test project (API tests on SQLite and on PostgreSQL, browser tests in Chromium) and prints
# a last line "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")"
export LANG=C.UTF-8 DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_USE_POLLING_FILE_WATCHER=1 \
       DOTNET_hostBuilder__reloadConfigOnChange=false DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

log() { printf 'test.sh: %s\n' "$*" >&2; }

# 1. System packages.
need=()
for pkg in chromium fonts-noto-cjk fonts-noto-core postgresql postgresql-contrib; do
  dpkg -s "$pkg" >/dev/null 2>&1 || need+=("$pkg")
done
if [ ${#need[@]} -gt 0 ]; then
  log "installing ${need[*]}"
  if [ "$(id -u)" -eq 0 ]; then
    apt-get update -qq >&2 && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}" >&2 \
      || { log "apt-get install failed"; echo "0 passed, 1 failed"; exit 1; }
  else
    log "missing ${need[*]}: run as root or install them"; echo "0 passed, 1 failed"; exit 1
  fi
fi

# 2. A private PostgreSQL on a free loopback port, stopped on exit.
PGBIN=/usr/lib/postgresql/15/bin
PGROOT=$(mktemp -d /tmp/remnant-pg.XXXXXX)
PGPORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()')
as_pg() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
stop_pg() { as_pg "$PGBIN/pg_ctl" -D "$PGROOT/data" -m immediate -w stop >/dev/null 2>&1; rm -rf "$PGROOT"; }
trap stop_pg EXIT
mkdir -p "$PGROOT/sock"
[ "$(id -u)" -eq 0 ] && chown -R postgres:postgres "$PGROOT"
as_pg "$PGBIN/initdb" -D "$PGROOT/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null \
  && as_pg "$PGBIN/pg_ctl" -D "$PGROOT/data" -l "$PGROOT/log" -w -t 30 \
       -o "-p $PGPORT -k $PGROOT/sock -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300" start >/dev/null \
  || { log "PostgreSQL did not start"; cat "$PGROOT/log" >&2; echo "0 passed, 1 failed"; exit 1; }
export REMNANT_TEST_PG="Host=127.0.0.1;Port=$PGPORT;Username=postgres;Database=postgres"
log "PostgreSQL 15 on 127.0.0.1:$PGPORT"

# 3. Build once, then every test project.
dotnet tool restore >/dev/null 2>&1
if ! dotnet build Remnant.slnx -v quiet -nologo >&2; then
  log "build failed"; echo "0 passed, 1 failed"; exit 1
fi
results=$(mktemp -d /tmp/remnant-trx.XXXXXX)
status=0
for project in tests/*/*.csproj; do
  name=$(basename "$project" .csproj)
  log "running $name"
  dotnet test "$project" --no-build -v quiet -nologo --logger "trx;LogFileName=$name.trx" --results-directory "$results" >&2 || status=1
done

# 4. The closing line, counted from the TRX files.
read -r passed failed < <(python3 - "$results" <<'PY'
import glob, sys, xml.etree.ElementTree as ET
p = f = 0
for path in glob.glob(sys.argv[1] + "/*.trx"):
    root = ET.parse(path).getroot()
    # Each failure with its message, on stderr, so a red run explains itself.
    for r in root.findall(".//{*}UnitTestResult"):
        if r.get("outcome") == "Failed":
            msg = r.find(".//{*}Message")
            sys.stderr.write("FAILED %s\n  %s\n" % (r.get("testName"), (msg.text if msg is not None else "").strip()[:2000].replace("\n", "\n  ")))
    c = root.find(".//{*}Counters")
    if c is not None:
        p += int(c.get("passed", 0)); f += int(c.get("failed", 0)) + int(c.get("error", 0)) + int(c.get("timeout", 0)) + int(c.get("aborted", 0))
print(p, f)
PY
)
rm -rf "$results"
if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then failed=1; fi
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
