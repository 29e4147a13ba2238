#!/usr/bin/env bash
# The load benchmark in one command (docs/benchmarks.md, "Load benchmark"): builds Release, then runs the central
# system, the baseline responder and the simulator's load mode as separate processes (server on core 0, load on
# core 1) through the scenarios of issue 9, and writes bench/load/results/<date>/results.{md,json}.
# Options go to the harness, e.g.  bench/load/run.sh --runs 3 --storage sqlite,postgres  (--help lists them).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$root"

# One socket per charger: take every file descriptor the hard limit allows (the harness splits the load over
# several simulator processes when one cannot hold them all).
ulimit -n "$(ulimit -Hn)" 2>/dev/null || true

# The central system is measured as a node is deployed (docs/deployment.md, "Building a node"): published for this
# machine's runtime with ReadyToRun, so that a restarted server does not first compile its boot path.
rid="$(dotnet --info | awk '$1 == "RID:" {print $2; exit}')"
csms="$root/src/SharpCharge.Csms/bin/Release/net10.0/$rid/publish"
echo "publishing src/SharpCharge.Csms (Release, ReadyToRun, $rid)"
dotnet publish -c Release -r "$rid" --self-contained false -p:PublishReadyToRun=true --nologo -v quiet -o "$csms" src/SharpCharge.Csms

for project in src/SharpCharge.Simulator bench/SharpCharge.Baseline bench/SharpCharge.LoadBench; do
    echo "building $project (Release)"
    dotnet build -c Release --nologo -v quiet "$project"
done

exec dotnet bench/SharpCharge.LoadBench/bin/Release/net10.0/SharpCharge.LoadBench.dll --configuration Release --csms-folder "$csms" "$@"
