#!/usr/bin/env bash
# Runs the benchmarks on demand (never in CI). Usage: bench/run.sh [--quick] [decode|search|screen|all] [area options]
# Figures and the command that produced them go into bench/RESULTS.md.
set -euo pipefail
cd "$(dirname "$0")/.."
export LANG=C.UTF-8 DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
avail_kb=$(df -Pk . | awk 'NR==2 {print $4}')
if [ "$avail_kb" -lt $((4 * 1024 * 1024)) ]; then
  echo "bench: less than 4 GiB free on $(pwd); free some disk first" >&2
  exit 3
fi
dotnet build -c Release bench/Remnant.Bench -v quiet -nologo >&2
# search-http starts the real web app as users get it.
case " $* " in *" search-http "*) dotnet build -c Release src/Remnant.Web -v quiet -nologo >&2 ;; esac
exec dotnet bench/Remnant.Bench/bin/Release/net10.0/linux-x64/Remnant.Bench.dll "$@"
