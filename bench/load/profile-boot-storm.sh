#!/usr/bin/env bash
# Server processor time per boot in a boot storm, and optionally a perf profile of it: the measurement behind the
# boot-storm bullet of "Why, as far as measured" in docs/benchmarks.md.
#   bench/load/profile-boot-storm.sh [--storage sqlite|postgres|baseline] [--count N] [--perf] [--warm] [--keep-log] [--csms DIR] [--env NAME=VALUE]...
# Needs the Release builds of src/SharpCharge.Csms and src/SharpCharge.Simulator (bench/load/run.sh makes them), and
# for --perf the perf tool. As the benchmark's boot storm: N chargers (5,000) connect and boot at once, the server
# restarts on the same database, and the second storm is measured: the time until every charger was Accepted and the
# server's user+system time over the storm, divided per charger. Server on core 0, load on core 1. --warm adds a third
# storm on the same, now warm, server (the chargers reconnect), which separates the cold start's costs (the JIT
# compiling the boot path) from those each charger brings. --csms runs the central system from another build folder
# (a copy of bin/Release/net10.0 of an earlier commit, or a `dotnet publish` folder), so that two versions can be
# measured in alternation. --env sets a variable for the central system only (DOTNET_TieredPGO=0, a log level), not
# for the load generator.
set -euo pipefail
# Job control: without it the programs started in the background ignore SIGINT, which stops them as Ctrl+C would.
set -m
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
storage=sqlite; count=5000; perf=""; keep=""; warm=""; csms="$root/src/SharpCharge.Csms/bin/Release/net10.0"; extra=()
while [ $# -gt 0 ]; do
    case "$1" in
        --storage) storage="$2"; shift ;;
        --count) count="$2"; shift ;;
        --perf) perf=1 ;;
        --warm) warm=1 ;;
        --csms) csms="$2"; shift ;;
        --keep-log) keep=1 ;;
        --env) extra+=("$2"); shift ;;
        *) echo "unknown option $1 (use --storage sqlite|postgres|baseline, --count N, --perf, --warm, --keep-log, --csms DIR, --env NAME=VALUE)" >&2; exit 2 ;;
    esac
    shift
done
ulimit -n "$(ulimit -Hn)" 2>/dev/null || true

work="$(mktemp -d)"
chmod 777 "$work"
cleanup() {
    kill "${server:-}" 2>/dev/null || true
    for pid in ${loads:-}; do kill "$pid" 2>/dev/null || true; done
    if [ -n "${pgbin:-}" ]; then runuser -u postgres -- "$pgbin/pg_ctl" -D "$work/pg" -m immediate -w stop > /dev/null 2>&1 || true; fi
    if [ -n "$keep" ]; then cp "$work"/server-*.log . 2>/dev/null || true; fi
    rm -rf "$work"
}
trap cleanup EXIT

# As the benchmark harness starts it (bench/SharpCharge.LoadBench/ServerTarget.cs). A name with a dot needs env.
http=$((20000 + RANDOM % 10000)); ocpp=$((http + 1))
settings=(DOTNET_PerfMapEnabled=1 Http__ListenAddress=127.0.0.1 Ocpp__UnknownChargers=Accept Logging__LogLevel__Default=Warning
    Logging__LogLevel__Microsoft.AspNetCore=Warning Ocpp__Limits__MessagesPerSecond=0 Http__Port=$http Ocpp__Port=$ocpp)
# perf names the JIT-compiled code only through the perf map, and only when the code is not double-mapped (W^X).
if [ -n "$perf" ]; then settings+=(DOTNET_EnableWriteXorExecute=0); fi
if [ "$storage" = postgres ]; then
    pgbin="$(ls -d /usr/lib/postgresql/*/bin | sort | tail -1)"; pgport=$((ocpp + 1))
    runuser -u postgres -- "$pgbin/initdb" -D "$work/pg" -U postgres --auth=trust -E UTF8 > /dev/null
    runuser -u postgres -- "$pgbin/pg_ctl" -D "$work/pg" -l "$work/pg.log" -w \
        -o "-c listen_addresses=127.0.0.1 -p $pgport -k $work -c max_connections=300 -c shared_buffers=128MB" start > /dev/null
    settings+=(Storage__Provider=Postgres "Storage__ConnectionString=Host=127.0.0.1;Port=$pgport;Username=postgres;Database=postgres")
else
    settings+=(Storage__Provider=Sqlite "Storage__ConnectionString=Data Source=$work/bench.db")
fi

# Last, so that --env overrides the harness's own settings (Logging__LogLevel__Default=Information).
settings+=("${extra[@]}")

start_server() {
    if [ "$storage" = baseline ]; then
        taskset -c 0 dotnet "$root/bench/SharpCharge.Baseline/bin/Release/net10.0/SharpCharge.Baseline.dll" "$ocpp" > "$work/server-$1.log" 2>&1 & server=$!
        for _ in $(seq 90); do (: < "/dev/tcp/127.0.0.1/$ocpp") 2> /dev/null && return; sleep 1; done
        echo "the baseline did not listen" >&2; exit 1
    fi
    env "${settings[@]}" taskset -c 0 dotnet "$csms/SharpCharge.Csms.dll" > "$work/server-$1.log" 2>&1 & server=$!
    for _ in $(seq 90); do curl -sf "http://127.0.0.1:$http/health/ready" > /dev/null && return; sleep 1; done
    echo "the server did not get ready; its log:" >&2; cat "$work/server-$1.log" >&2; exit 1
}

# One simulator process per 10,000 chargers (the open-file limit), each from its own loopback addresses.
storm() {
    loads=""; local per=10000 p=0 n
    while [ $((p * per)) -lt "$count" ]; do
        n=$(( count - p * per < per ? count - p * per : per ))
        : > "$work/$1-$p.log"
        taskset -c 1 dotnet "$root/src/SharpCharge.Simulator/bin/Release/net10.0/sharpcharge-sim.dll" load --csms "ws://127.0.0.1:$ocpp/ocpp" \
            --version 1.6 --count "$n" --id-prefix "B$p-" --ramp 100000 --interval 300s --duration 300s \
            --retry-connect --json-summary "$work/$1-$p.json" --source-address "127.2.$p.1" "127.2.$p.2" > "$work/$1-$p.log" 2>&1 &
        loads="$loads $!"; p=$((p + 1))
    done
    local deadline=$((SECONDS + 150))
    while [ $SECONDS -lt $deadline ]; do
        local booted=0
        for f in "$work/$1"-*.log; do
            booted=$((booted + $({ grep -o 'booted [0-9]*' "$f" || true; } | awk '{n = $2} END {print n + 0}')))
        done
        [ "$booted" -ge "$count" ] && break
        sleep 0.2
    done
    for pid in $loads; do kill -INT "$pid" 2>/dev/null || true; done
    for pid in $loads; do wait "$pid" 2>/dev/null || true; done
    loads=""
}

ticks() { awk '{print $14 + $15}' "/proc/$server/stat"; }

if [ "$storage" = baseline ]; then
    # Nothing to register: one storm on a cold server.
    start_server 2
else
    start_server 1
    echo "storm 1 of $count (registers the chargers)"
    storm first
    kill -INT "$server"; wait "$server" 2>/dev/null || true
    start_server 2
fi
sleep 2
# The profile covers the cold storm, or with --warm the warm one.
profile_start() { if [ -n "$perf" ]; then perf record -F 499 -g -p "$server" -o "perf-boot-storm-$storage.data" > /dev/null 2>&1 & perfpid=$!; fi; }
profile_stop() {
    if [ -n "$perf" ]; then
        kill -INT "$perfpid"; wait "$perfpid" 2>/dev/null || true
        echo "profile: perf-boot-storm-$storage.data (perf report -i perf-boot-storm-$storage.data --no-children --sort sym)"
    fi
}
t0=$(ticks)
[ -z "$warm" ] && profile_start
echo "storm 2 of $count (after a restart: measured)"
storm second
t1=$(ticks)
[ -z "$warm" ] && profile_stop
hz=$(getconf CLK_TCK)
report() {
    for f in "$work/$1"-*.json; do
        echo "$(basename "$f"): $(tr -d ' \n' < "$f" | grep -o '"booted":[0-9]*\|"allBootedSeconds":[0-9.a-z]*\|"connectFailures":[0-9]*\|"timeouts":[0-9]*\|"callErrors":[0-9]*\|"disconnects":[0-9]*' | tr '\n' ' ')"
    done
    echo "server processor time per boot: $(echo "scale=1; ($3 - $2) * 1000000 / $hz / $count" | bc) us ($(echo "scale=2; ($3 - $2) / $hz" | bc) s for $count)"
}
report second "$t0" "$t1"
if [ -n "$warm" ]; then
    # The second storm's chargers have gone: wait until the server has recorded them offline.
    sleep 10
    t2=$(ticks)
    echo "storm 3 of $count (the same server, warm)"
    profile_start
    storm third
    t3=$(ticks)
    profile_stop
    report third "$t2" "$t3"
fi
echo "server warnings and errors: $(grep -c 'warn\|fail\|crit' "$work/server-2.log" || true)"
grep 'warn\|fail\|crit' "$work/server-2.log" | sort | uniq -c | sort -rn | head -5 || true
