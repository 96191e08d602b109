#!/bin/sh
# Runs once when the primary's data directory is created (docker-entrypoint-initdb.d): lets the
# replica service stream WAL over the compose network with the same password as every client.
set -eu
echo "host replication all all scram-sha-256" >> "$PGDATA/pg_hba.conf"
