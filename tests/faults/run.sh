#!/usr/bin/env bash
# Fault drills against real processes on loopback: PostgreSQL killed under load, two API nodes on
# one database (one runs the async projections; kill it and the other takes over), idempotency
# across nodes and a restart, SIGTERM under load, and the reports against a single node's rebuild.
# Needs the Release build (./build.sh faults builds it, then runs this). Its PostgreSQL is always a
# throwaway cluster of its own: the drills kill it. Prints what it saw; exits 1 on any unmet expectation.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
cd "$ROOT"
. scripts/postgres.sh

API_DLL="$ROOT/src/Blueindic.Api/bin/Release/net10.0/Blueindic.Api.dll"
DRIVER="$ROOT/tests/faults/Blueindic.Faults/bin/Release/net10.0/Blueindic.Faults.dll"
[ -f "$API_DLL" ] && [ -f "$DRIVER" ] || { echo "No Release build: run ./build.sh faults" >&2; exit 2; }
pg_ensure_binaries || { echo "The fault drills need PostgreSQL's binaries (they kill and restart the server)." >&2; exit 2; }

WORK=$(mktemp -d /tmp/blueindic-faults.XXXXXX)
chmod 755 "$WORK"
PG_DIR="$WORK/pg"
PORT=$(pg_free_port 58432)
mkdir -p "$WORK/logs"
trap 'pg_stop "$PG_DIR"; cp "$PG_DIR/server.log" "$WORK/logs/postgres.log" 2>/dev/null; rm -rf "$WORK/pg"' EXIT
trap 'exit 130' INT TERM
echo "» PostgreSQL cluster $PG_DIR on 127.0.0.1:$PORT; $(nproc) cores; $(date -u +%FT%TZ)"
pg_start "$PG_DIR" "$PORT"
dotnet "$DRIVER" "$ROOT" "$API_DLL" "$PG_DIR" "$PORT" "$WORK/logs" "$@"
