#!/usr/bin/env bash
# Builds Remnant and starts it on http://127.0.0.1:5080 with SQLite in ./remnant-data
# (the demo case and the UN and OFAC lists in data/sanctions are loaded on first start). Extra arguments go to the app, e.g. --urls.
set -euo pipefail
cd "$(dirname "$0")"
export LANG=C.UTF-8 DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
: "${REMNANT_DATA:=$PWD/remnant-data}"
export REMNANT_DATA
# The demo's first start also imports the UN and OFAC list releases shipped in data/sanctions, so that
# screening works at once (set Remnant__DemoSanctionsFolder= to skip them).
export Remnant__DemoSanctionsFolder="${Remnant__DemoSanctionsFolder-$PWD/data/sanctions}"
dotnet publish src/Remnant.Web -c Release -o artifacts/web -v quiet -nologo >&2
echo "Remnant: data in $REMNANT_DATA; open http://127.0.0.1:5080 (Ctrl+C stops)" >&2
cd artifacts/web
exec dotnet Remnant.Web.dll "$@"
