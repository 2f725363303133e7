#!/usr/bin/env bash
# ./build.sh run   — the API on http://localhost:5080 with a PostgreSQL it provisions, and demo data
# ./build.sh test  — every test project against a throwaway PostgreSQL; ends with "N passed, N failed"
# ./build.sh faults, ./build.sh bench — the fault drills and the benchmarks (see below)
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
cd "$ROOT"
. scripts/postgres.sh
. scripts/chromium.sh
. scripts/pdf.sh
. scripts/xmlsec.sh
. scripts/walkthrough.sh
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

random_hex() { od -An -tx1 -N"$1" /dev/urandom | tr -d ' \n'; }

# Exports ConnectionStrings__Postgres, provisioning a PostgreSQL when none is given.
# $1: "keep" (cluster under .data/, reused) or "throwaway" (fresh cluster, removed on exit).
provision_postgres() {
  if [ -n "${ConnectionStrings__Postgres:-}" ]; then
    echo "» Using the PostgreSQL in ConnectionStrings__Postgres"
    return
  fi
  if pg_ensure_binaries; then
    local dir port
    if [ "$1" = keep ]; then
      dir="$ROOT/.data/pg"
      mkdir -p "$ROOT/.data"
      if [ "$(id -u)" = 0 ] && ! runuser -u postgres -- test -x "$ROOT/.data"; then
        dir="/var/tmp/blueindic-$(echo "$ROOT" | md5sum | cut -c1-8)/pg"   # postgres cannot reach this checkout
        mkdir -p "$(dirname "$dir")" && chmod 755 "$(dirname "$dir")"
      fi
    else
      dir="$(mktemp -d /tmp/blueindic-test.XXXXXX)/pg"
      chmod 755 "$(dirname "$dir")"
    fi
    port=$(pg_free_port "$([ "$1" = keep ] && echo 55432 || echo 56432)")
    echo "» PostgreSQL cluster $dir on 127.0.0.1:$port"
    PG_DIR=$dir
    trap cleanup EXIT
    trap 'exit 130' INT TERM
    pg_start "$dir" "$port"
    export ConnectionStrings__Postgres=$(pg_connection_string "$port")
    [ "$1" = throwaway ] && PG_REMOVE=$(dirname "$dir")
    return 0
  fi
  if docker_answers; then
    trap cleanup EXIT
    trap 'exit 130' INT TERM
    if [ "$1" = keep ]; then
      echo "» Starting PostgreSQL with docker compose (stopped again on exit)"
      docker compose up -d --wait postgres
      DOCKER_COMPOSE_STARTED=1
      export ConnectionStrings__Postgres="Host=localhost;Port=5432;Database=blueindic;Username=postgres;Password=postgres"
    else
      local port
      port=$(pg_free_port 56432)
      echo "» Throwaway PostgreSQL container on 127.0.0.1:$port"
      DOCKER_CONTAINER=$(docker run -d --rm -e POSTGRES_PASSWORD=postgres -e POSTGRES_DB=blueindic -p "127.0.0.1:$port:5432" postgres:15)
      for _ in $(seq 60); do
        docker exec "$DOCKER_CONTAINER" pg_isready -U postgres -d blueindic >/dev/null 2>&1 && break
        sleep 1
      done
      export ConnectionStrings__Postgres="Host=127.0.0.1;Port=$port;Database=blueindic;Username=postgres;Password=postgres"
    fi
    return
  fi
  echo "No PostgreSQL: set ConnectionStrings__Postgres, install PostgreSQL (run as root to have it installed), or start Docker." >&2
  exit 1
}

PG_DIR="" PG_REMOVE="" DOCKER_COMPOSE_STARTED="" DOCKER_CONTAINER=""
cleanup() {
  [ -n "$PG_DIR" ] && pg_stop "$PG_DIR"
  [ -n "$PG_REMOVE" ] && rm -rf "$PG_REMOVE"
  [ -n "$DOCKER_COMPOSE_STARTED" ] && docker compose stop postgres >/dev/null 2>&1
  [ -n "$DOCKER_CONTAINER" ] && docker rm -f "$DOCKER_CONTAINER" >/dev/null 2>&1
  return 0
}

# A Release build carrying Wolverine's handler code, generated just before it (no Roslyn compile
# at start). Old generated files go first: they may not even compile against changed endpoints.
# Skipped when nothing that goes into it changed since its last successful build (release_inputs).
build_release() {
  local stamp inputs dll=src/Blueindic.Api/bin/Release/net10.0/Blueindic.Api.dll
  stamp="src/Blueindic.Api/bin/Release/.inputs-$(echo "$1" | tr '/.' '__')"
  # The dll's own time too: a Release build made some other way since must not pass for this one.
  inputs=$(release_inputs "$1")
  if [ -n "$inputs" ] && [ -f "$dll" ] && [ "$(cat "$stamp" 2>/dev/null)" = "$inputs $(date -r "$dll" +%s%N)" ]; then
    echo "» Release build of $1 is up to date (nothing it is built from changed)"
    return
  fi
  rm -f "$stamp"
  rm -rf src/Blueindic.Api/Internal/Generated
  dotnet build "$1" -c Release -nologo -v q
  (cd src/Blueindic.Api && ASPNETCORE_ENVIRONMENT=Production Blueindic__AdminKey=codegen \
    dotnet bin/Release/net10.0/Blueindic.Api.dll codegen write > /dev/null)
  dotnet build "$1" -c Release -nologo -v q -p:PregeneratedHandlers=true
  [ -n "$inputs" ] && echo "$inputs $(date -r "$dll" +%s%N)" > "$stamp"
  return 0
}

# One hash of everything a Release build of $1 reads from this checkout, as the working tree has
# it: each file's blob (the index's, or the content's where modified or untracked, "deleted" where
# gone), so staging or committing changes nothing. Empty outside a git checkout: it always builds.
release_inputs() {
  git rev-parse --is-inside-work-tree > /dev/null 2>&1 || return 0
  local paths=(src Directory.Build.props Directory.Packages.props global.json build.sh)
  [ "$1" = Blueindic.sln ] && paths+=(Blueindic.sln tests bench)
  git update-index -q --refresh > /dev/null 2>&1 || true   # a file only touched is not "modified"
  {
    git ls-files -s -- "${paths[@]}" | while IFS=$' \t' read -r _ blob _ f; do printf '%s\t%s\n' "$f" "$blob"; done
    git ls-files -m -o --exclude-standard -- "${paths[@]}" | while IFS= read -r f; do
      if [ -f "$f" ]; then printf '%s\t%s\n' "$f" "$(git hash-object -- "$f")"; else printf '%s\tdeleted\n' "$f"; fi
    done
  } | awk -F'\t' '{ blob[$1] = $2 } END { for (f in blob) print f "\t" blob[f] }' | LC_ALL=C sort | sha256sum | cut -d' ' -f1
}

run() {
  mkdir -p .data
  if [ ! -f .data/keys.env ]; then
    {
      echo "Blueindic__AdminKey=admin_$(random_hex 24)"
      echo "Blueindic__DemoApiKey=bik_$(random_hex 16)_$(random_hex 32)"
    } > .data/keys.env
    chmod 600 .data/keys.env
  fi
  set -a; . .data/keys.env; set +a
  provision_postgres keep
  pdf_fonts_ensure   # the invoice PDFs' fonts (Debian's fonts-dejavu-core, installed when missing)
  build_release src/Blueindic.Api
  local url=${ASPNETCORE_URLS:-http://localhost:5080}
  url=${url%%;*}
  cat <<BANNER

  Blueindic API   $url
  Swagger UI      $url/swagger
  Admin key       $Blueindic__AdminKey
  Demo API key    $Blueindic__DemoApiKey
  Mail            ${Blueindic__Smtp__Host:+smtp://$Blueindic__Smtp__Host (set Blueindic__Smtp__*)}${Blueindic__Smtp__Host:-$ROOT/.data/outbox (no Blueindic__Smtp__Host: mails are written here as .eml, not sent)}
  (keys kept in .data/keys.env; Ctrl-C stops the API and its PostgreSQL)

BANNER
  # Address and content root as settings, not as --urls/--contentRoot: JasperFx's command line
  # steps aside at --urls and says so on the console.
  ASPNETCORE_ENVIRONMENT=${ASPNETCORE_ENVIRONMENT:-Development} Blueindic__SeedDemoData=${Blueindic__SeedDemoData:-true} \
    Blueindic__Smtp__PickupDirectory=${Blueindic__Smtp__PickupDirectory:-$ROOT/.data/outbox} \
    ASPNETCORE_URLS=${ASPNETCORE_URLS:-http://localhost:5080} ASPNETCORE_CONTENTROOT="$ROOT/src/Blueindic.Api" \
    dotnet src/Blueindic.Api/bin/Release/net10.0/Blueindic.Api.dll "$@"
  # Ctrl-C reaches the API too; once it has stopped, the EXIT trap stops PostgreSQL.
}

test_all() {
  provision_postgres throwaway
  chromium_ensure   # the dashboard's browser tests (Debian's chromium, installed when missing)
  pdf_fonts_ensure  # the invoice PDFs' fonts, and poppler to read the PDFs back
  poppler_ensure
  xmlsec_ensure     # xmlsec1, the signed Facturae files' second verifier
  walkthrough_tools_ensure   # curl, jq and openssl: the README's walk-through runs as a test
  local results status=0
  results=$(mktemp -d /tmp/blueindic-results.XXXXXX)
  local project
  dotnet build Blueindic.sln -nologo -v q || status=$?
  if [ "$status" -eq 0 ]; then
    for project in tests/*/*.csproj; do
      dotnet test "$project" --no-build -nologo --logger "trx;LogFileName=$(basename "$project" .csproj).trx" \
        --results-directory "$results" "$@" || status=$?
    done
  fi
  local passed=0 failed=0 skipped=0 total p fl f
  for f in "$results"/*.trx; do
    [ -f "$f" ] || continue
    read -r total p fl < <(grep -o '<Counters [^>]*' "$f" | sed -E 's/.* total="([0-9]+)".* passed="([0-9]+)" failed="([0-9]+)".*/\1 \2 \3/')
    passed=$((passed + p)); failed=$((failed + fl)); skipped=$((skipped + total - p - fl))
  done
  rm -rf "$results"
  [ "$status" -ne 0 ] && [ "$failed" -eq 0 ] && failed=1 && echo "dotnet test failed without a failing test (build error?)" >&2
  echo "$passed passed, $failed failed, $skipped skipped"
  [ "$status" -eq 0 ] && [ "$failed" -eq 0 ]
}

# ./build.sh bench [all | issue [requests] [callers] | pay [requests] [callers] | import [rows,rows] | lag [requests] [callers] | receivables [invoices] [clients] [requests] | reports [invoices] [clients] [requests] | rebuild [events,events] | startup [runs] | pdf [requests] [invoices] | remind [reminders] [connections]]: the API (Release) over a throwaway PostgreSQL, driven by bench/.
bench() {
  provision_postgres throwaway
  pdf_fonts_ensure
  build_release Blueindic.sln
  local port key
  port=$(pg_free_port 5190)
  key="admin_$(random_hex 24)"
  # The rate limiter stays on (its cost is measured) with a limit no scenario reaches. No reminder
  # clock: its scan would read every seeded invoice each minute, in the middle of the measurements
  # (remind measures reminders on a node and a database of its own).
  Blueindic__AdminKey=$key Blueindic__SeedDemoData=false ASPNETCORE_ENVIRONMENT=Production \
    Blueindic__RateLimit__PermitsPerSecond=1000000 Blueindic__RateLimit__Burst=1000000 Blueindic__Reminders__ScanSeconds=0 \
    dotnet src/Blueindic.Api/bin/Release/net10.0/Blueindic.Api.dll --contentRoot "$ROOT/src/Blueindic.Api" \
    --urls "http://127.0.0.1:$port" > "$(mktemp /tmp/blueindic-bench-api.XXXXXX)" 2>&1 &
  BENCH_API_PID=$!
  export BENCH_API_PID BENCH_API_DLL="$ROOT/src/Blueindic.Api/bin/Release/net10.0/Blueindic.Api.dll"
  # Every step may fail (the API may be gone already): errexit must not skip the cleanup.
  trap 'kill $BENCH_API_PID 2>/dev/null || true; wait $BENCH_API_PID 2>/dev/null || true; cleanup' EXIT
  for _ in $(seq 60); do
    (exec 3<>"/dev/tcp/127.0.0.1/$port" && printf 'GET /health/ready HTTP/1.0\r\n\r\n' >&3 && grep -q Healthy <&3) 2>/dev/null && break
    sleep 1
  done
  echo "» $(nproc) cores; PostgreSQL and the API on this machine; $(date -u +%FT%TZ)"
  dotnet bench/Blueindic.Bench/bin/Release/net10.0/Blueindic.Bench.dll "http://127.0.0.1:$port" "$key" "$@"
}

# ./build.sh faults: the fault drills (tests/faults/run.sh) against the Release build; about 2 minutes.
faults() {
  build_release Blueindic.sln
  tests/faults/run.sh
}

case "${1:-}" in
  run) shift; run "$@" ;;
  test) shift; test_all "$@" ;;
  bench) shift; bench "$@" ;;
  faults) faults ;;
  *) echo "usage: ./build.sh run | test | faults | bench [all | issue | pay | import | lag | receivables | reports | rebuild | startup | pdf | remind] [sizes]" >&2; exit 2 ;;
esac
