#!/usr/bin/env bash
# Server processor time per stored call (MeterValues with 10 sampled values, or StartTransaction/StopTransaction
# pairs), and optionally a perf profile of it: the measurement behind "Where a stored MeterValues call spends its
# time" in docs/benchmarks.md. Processor time per call does not depend on how busy the machine is, so builds can be
# compared on a shared machine where round trips/s cannot.
#   bench/load/profile-meter-values.sh [--storage sqlite|postgres] [--mix meter-values|start-stop] [--perf]
#                                      [--seconds N] [--server PATH/SharpCharge.Csms.dll]
# Needs the Release builds of src/SharpCharge.Csms and src/SharpCharge.Simulator (bench/load/run.sh makes them), the
# sqlite3 command-line tool (SQLite) or PostgreSQL 15 (`apt-get install -y postgresql`: a throw-away cluster is made
# with initdb, as the load benchmark does), and for --perf the perf tool. 100 simulated chargers (OCPP 1.6) send back
# to back; after 25 s of warm-up the server's user+system time and the stored rows are read twice, N seconds apart (20).
# Ports are free ones picked at start, so several copies can run at once.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
perf=""; seconds=20; storage=sqlite; mix=meter-values
server_dll="$root/src/SharpCharge.Csms/bin/Release/net10.0/SharpCharge.Csms.dll"
while [ $# -gt 0 ]; do
    case "$1" in
        --perf) perf=1 ;;
        --seconds) seconds="$2"; shift ;;
        --storage) storage="$2"; shift ;;
        --mix) mix="$2"; shift ;;
        --server) server_dll="$2"; shift ;;
        *) echo "unknown option $1 (use --storage sqlite|postgres, --mix meter-values|start-stop, --perf, --seconds N, --server DLL)" >&2; exit 2 ;;
    esac
    shift
done
case "$storage" in sqlite|postgres) ;; *) echo "--storage must be sqlite or postgres, not '$storage'" >&2; exit 2 ;; esac
case "$mix" in meter-values|start-stop) ;; *) echo "--mix must be meter-values or start-stop, not '$mix'" >&2; exit 2 ;; esac
[ -f "$server_dll" ] || { echo "no server build at $server_dll: run dotnet build -c Release src/SharpCharge.Csms" >&2; exit 2; }

free_port() { python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
work="$(mktemp -d)"
pg_bin=""
cleanup() {
    kill "${server:-}" "${load:-}" 2>/dev/null || true
    wait "${server:-}" "${load:-}" 2>/dev/null || true
    if [ -n "$pg_bin" ]; then
        runuser -u postgres -- "$pg_bin/pg_ctl" -D "$work/pg/data" -m fast -w stop > /dev/null 2>&1 || true
    fi
    rm -rf "$work"
}
trap cleanup EXIT

http_port=$(free_port); ocpp_port=$(free_port)
if [ "$storage" = postgres ]; then
    pg_bin="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)"
    pg_port=$(free_port)
    mkdir -p "$work/pg/sockets"; chown -R postgres:postgres "$work"
    runuser -u postgres -- "$pg_bin/initdb" -D "$work/pg/data" -U postgres --auth=trust -E UTF8 > /dev/null
    # Durable commits (fsync and synchronous_commit on), as in the load benchmark.
    runuser -u postgres -- "$pg_bin/pg_ctl" -D "$work/pg/data" -l "$work/pg/server.log" -w -t 60 \
        -o "-c listen_addresses=127.0.0.1 -p $pg_port -k $work/pg/sockets -c max_connections=300 -c shared_buffers=128MB" start > /dev/null
    connection="Host=127.0.0.1;Port=$pg_port;Username=postgres;Database=postgres;Maximum Pool Size=50"
    sql() { psql -h 127.0.0.1 -p "$pg_port" -U postgres -d postgres -tAc "$1"; }
    export Storage__Provider=Postgres "Storage__ConnectionString=$connection"
else
    sql() { sqlite3 "$work/bench.db" "$1"; }
    export Storage__Provider=Sqlite "Storage__ConnectionString=Data Source=$work/bench.db"
fi

export DOTNET_PerfMapEnabled=1 Http__ListenAddress=127.0.0.1 Ocpp__UnknownChargers=Accept Logging__LogLevel__Default=Warning \
    Ocpp__Limits__MessagesPerSecond=0 Http__Port="$http_port" Ocpp__Port="$ocpp_port"
# perf resolves managed frames through the runtime's perf map, which needs code that is not double-mapped (W^X off).
[ -n "$perf" ] && export DOTNET_EnableWriteXorExecute=0
dotnet "$server_dll" > "$work/server.log" 2>&1 & server=$!
for _ in $(seq 60); do curl -sf "http://127.0.0.1:$http_port/health/ready" > /dev/null && break; sleep 1; done
dotnet "$root/src/SharpCharge.Simulator/bin/Release/net10.0/sharpcharge-sim.dll" load --csms "ws://127.0.0.1:$ocpp_port/ocpp" \
    --version 1.6 --count 100 --id-prefix MV- --mix "$mix" --ramp 200 --duration "$((seconds + 40))s" --quiet > "$work/load.log" 2>&1 & load=$!
echo "$storage, $mix: warming up for 25 s"
sleep 25
ticks() { awk '{print $14 + $15}' "/proc/$server/stat"; }
# Stored calls so far: a MeterValues call stores 10 rows; a pair stores a transaction and then ends it.
if [ "$mix" = meter-values ]; then
    stored() { echo $(( $(sql "SELECT count(*) FROM meter_values") / 10 )); }
else
    stored() { sql "SELECT count(*) + sum(CASE WHEN state = 'Ended' THEN 1 ELSE 0 END) FROM transactions"; }
fi
t0=$(ticks); c0=$(stored)
if [ -n "$perf" ]; then
    perf record -F 499 -g -p "$server" -o "perf-$mix-$storage.data" -- sleep "$seconds" > /dev/null 2>&1
    echo "profile: perf-$mix-$storage.data (perf report -i perf-$mix-$storage.data --no-children --sort sym)"
else
    sleep "$seconds"
fi
t1=$(ticks); c1=$(stored)
calls=$((c1 - c0))
hz=$(getconf CLK_TCK)
if [ "$calls" -le 0 ]; then
    echo "no calls were stored; the server log follows" >&2; tail -20 "$work/server.log" >&2; exit 1
fi
echo "stored calls: $calls in $seconds s ($((calls / seconds))/s)"
echo "server processor time per call: $(echo "scale=3; ($t1 - $t0) * 1000 / $hz / $calls" | bc) ms"
