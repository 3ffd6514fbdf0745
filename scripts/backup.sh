#!/usr/bin/env bash
# A logical backup of Nattvandring's database: pg_dump in its custom format, into a dated file.
# The database is the one libpq's variables name: PGHOST, PGPORT, PGUSER, PGDATABASE (and PGPASSWORD or ~/.pgpass).
# Usage: scripts/backup.sh [DIRECTORY]          (default: ./backups)
# Use a pg_dump of the server's major version or newer; PG_BIN names its directory if it is not on the PATH.
set -euo pipefail
directory=${1:-./backups}
mkdir -p "$directory"
file="$directory/nattvandring-$(date -u +%Y%m%dT%H%M%SZ).dump"
"${PG_BIN:+$PG_BIN/}pg_dump" --format=custom --no-owner --no-privileges --file="$file.partial"
mv "$file.partial" "$file"
echo "$file"
