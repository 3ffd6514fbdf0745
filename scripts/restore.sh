#!/usr/bin/env bash
# Restores a backup made by scripts/backup.sh into a new, empty database, which the app is then started on.
# The server is the one libpq's variables name: PGHOST, PGPORT, PGUSER (and PGPASSWORD or ~/.pgpass).
# Usage: scripts/restore.sh FILE NEW_DATABASE
# It never restores into an existing database: a restore is tried beside the live one, then switched to.
set -euo pipefail
file=$1
database=$2
"${PG_BIN:+$PG_BIN/}createdb" --encoding=UTF8 --template=template0 "$database"
"${PG_BIN:+$PG_BIN/}pg_restore" --exit-on-error --no-owner --no-privileges --dbname="$database" "$file"
echo "restored $file into $database"
