#!/bin/sh
# The replica service: on first start copies the primary with pg_basebackup -R (a standby.signal and
# primary_conninfo in its configuration), then runs PostgreSQL as a hot standby streaming from it.
set -eu
export PGPASSWORD="$BORDERMAP_DB_PASSWORD"
mkdir -p "$PGDATA" && chown postgres:postgres "$PGDATA" && chmod 700 "$PGDATA"
if [ ! -s "$PGDATA/PG_VERSION" ]; then
  until pg_isready -h db -U bordermap -d bordermap; do sleep 1; done
  gosu postgres pg_basebackup -h db -U bordermap -D "$PGDATA" -R -X stream -c fast
fi
exec gosu postgres postgres -c hot_standby=on -c timezone=UTC -c max_parallel_workers_per_gather=0
