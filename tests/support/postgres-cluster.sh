#!/usr/bin/env bash
# A throw-away PostgreSQL cluster for the tests of the office server (team mode):
#   postgres-cluster.sh start STATE_DIR   initdb in a new temporary folder, a server on a free loopback port;
#                                         STATE_DIR/url gets its address (user kurier, trust on loopback only)
#   postgres-cluster.sh stop STATE_DIR    stops it and deletes the folder
#   postgres-cluster.sh restart STATE_DIR stops it at once (as a crash would: -m immediate) and starts it again
# initdb refuses to run as root: as root the cluster belongs to Debian's postgres user.
set -euo pipefail
command=$1
state=$2
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
if [ -z "$bin" ] || [ ! -x "$bin/initdb" ]; then
    echo "PostgreSQL is not installed (Debian package postgresql, scripts/debian-packages.txt)" >&2
    exit 1
fi
as_owner() {
    if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}
case $command in
start)
    if [ -f "$state/data-dir" ]; then "$0" stop "$state" || true; fi
    mkdir -p "$state"
    data=$(mktemp -d /tmp/kurier-pg.XXXXXX)
    [ "$(id -u)" = 0 ] && chown postgres "$data"
    echo "$data" > "$state/data-dir"
    port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
    as_owner "$bin/initdb" -D "$data/cluster" -U kurier -A trust -E UTF8 --locale=C.UTF-8 >"$data/initdb.log"
    # fsync off: the tests kill clients and restart the server, never the machine; 300 connections for the
    # parallel tests.
    cat >>"$data/cluster/postgresql.conf" <<CONF
port = $port
listen_addresses = '127.0.0.1'
unix_socket_directories = '$data'
fsync = off
max_connections = 300
CONF
    # The login role kurier_pw_test must give a password (the tests of a wrong one); the others
    # are trusted, on loopback only.
    { echo "host all kurier_pw_test 127.0.0.1/32 scram-sha-256"; cat "$data/cluster/pg_hba.conf"; } >"$data/hba"
    cat "$data/hba" >"$data/cluster/pg_hba.conf"
    as_owner "$bin/pg_ctl" -D "$data/cluster" -l "$data/server.log" -w -t 60 start >/dev/null
    echo "postgresql://kurier@127.0.0.1:$port/postgres?sslmode=disable" > "$state/url"
    echo "PostgreSQL test cluster on 127.0.0.1:$port ($data)"
    ;;
restart)
    data=$(cat "$state/data-dir")
    as_owner "$bin/pg_ctl" -D "$data/cluster" -m immediate -w stop >/dev/null
    as_owner "$bin/pg_ctl" -D "$data/cluster" -l "$data/server.log" -w -t 60 start >/dev/null
    ;;
stop)
    if [ -f "$state/data-dir" ]; then
        data=$(cat "$state/data-dir")
        as_owner "$bin/pg_ctl" -D "$data/cluster" -m fast -w stop >/dev/null 2>&1 || true
        rm -rf "$data" "$state/data-dir" "$state/url"
    fi
    ;;
*)
    echo "usage: $0 start|stop|restart STATE_DIR" >&2
    exit 2
    ;;
esac
