#!/usr/bin/env bash
# Server processor time per stored MeterValues call (10 sampled values, SQLite), and optionally a perf profile of it:
# the measurement behind "Where a stored MeterValues call spends its time" in docs/benchmarks.md.
#   bench/load/profile-meter-values.sh [--perf] [--seconds N]
# Needs the Release builds of src/SharpCharge.Csms and src/SharpCharge.Simulator (bench/load/run.sh makes them), the
# sqlite3 command-line tool, and for --perf the perf tool. 100 simulated chargers send MeterValues back to back; after
# 25 s of warm-up the server's user+system time and the stored rows are read twice, N seconds apart (20).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
perf=""; seconds=20
while [ $# -gt 0 ]; do
    case "$1" in
        --perf) perf=1 ;;
        --seconds) seconds="$2"; shift ;;
        *) echo "unknown option $1 (use --perf, --seconds N)" >&2; exit 2 ;;
    esac
    shift
done

work="$(mktemp -d)"
trap 'kill "${server:-}" "${load:-}" 2>/dev/null || true; rm -rf "$work"' EXIT
export DOTNET_PerfMapEnabled=1 Http__ListenAddress=127.0.0.1 Ocpp__UnknownChargers=Accept Logging__LogLevel__Default=Warning \
    Storage__Provider=Sqlite "Storage__ConnectionString=Data Source=$work/bench.db" Http__Port=18080 Ocpp__Port=18900
dotnet "$root/src/SharpCharge.Csms/bin/Release/net10.0/SharpCharge.Csms.dll" > "$work/server.log" 2>&1 & server=$!
for _ in $(seq 60); do curl -sf http://127.0.0.1:18080/health/ready > /dev/null && break; sleep 1; done
dotnet "$root/src/SharpCharge.Simulator/bin/Release/net10.0/sharpcharge-sim.dll" load --csms ws://127.0.0.1:18900/ocpp \
    --version 1.6 --count 100 --id-prefix MV- --mix meter-values --ramp 200 --duration "$((seconds + 40))s" --quiet > "$work/load.log" 2>&1 & load=$!
echo "warming up for 25 s"
sleep 25
ticks() { awk '{print $14 + $15}' "/proc/$server/stat"; }
rows() { sqlite3 "$work/bench.db" "SELECT count(*) FROM meter_values"; }
t0=$(ticks); r0=$(rows)
if [ -n "$perf" ]; then
    perf record -F 499 -g -p "$server" -o perf-meter-values.data -- sleep "$seconds" > /dev/null 2>&1
    echo "profile: perf-meter-values.data (perf report -i perf-meter-values.data --no-children --sort sym)"
else
    sleep "$seconds"
fi
t1=$(ticks); r1=$(rows)
calls=$(( (r1 - r0) / 10 ))
hz=$(getconf CLK_TCK)
echo "stored MeterValues calls: $calls in $seconds s ($((calls / seconds))/s)"
echo "server processor time per call: $(echo "scale=3; ($t1 - $t0) * 1000 / $hz / $calls" | bc) ms"
