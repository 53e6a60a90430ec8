#!/usr/bin/env bash
# Regenerates the migrations of both providers from the model.
#   tools/migrations.sh NAME     adds a migration named NAME to both providers
#   tools/migrations.sh --reset  replaces all migrations with one "Initial" (only before a release
#                                has shipped a database that needs upgrading)
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet tool restore >/dev/null
name=${1:?usage: tools/migrations.sh NAME | --reset}
for p in Sqlite Postgres; do
  if [ "$name" = "--reset" ]; then rm -rf "src/Remnant.Data.$p/Migrations"; m=Initial; else m=$name; fi
  dotnet ef migrations add "$m" --project "src/Remnant.Data.$p" --startup-project "src/Remnant.Data.$p" \
    --context RemnantDbContext --output-dir Migrations -- >/dev/null
  echo "migrations: $p $m"
done
