# Sourced by the demo and test scripts: a throwaway PostgreSQL cluster that
# listens only on a Unix socket in its own directory, removed on exit.
# Sets PGHOST, PGPORT, PGUSER and PGDATABASE for the clients that follow.

cluster_start() {
    local bindir; bindir=$("$PG_CONFIG" --bindir)
    CLUSTER_DIR=$(mktemp -d /tmp/subsidy-cluster.XXXXXX)
    chmod 755 "$CLUSTER_DIR"
    local as=()
    if [ "$(id -u)" -eq 0 ]; then
        # initdb refuses root: the cluster belongs to the postgres user.
        chown postgres: "$CLUSTER_DIR"
        as=(runuser -u postgres --)
    fi
    "${as[@]}" "$bindir/initdb" -D "$CLUSTER_DIR/data" -U postgres -A trust \
        --no-sync -E UTF8 --locale=C.UTF-8 >"$CLUSTER_DIR/initdb.log" 2>&1 \
        || { cat "$CLUSTER_DIR/initdb.log"; return 1; }
    export PGHOST=$CLUSTER_DIR PGPORT=${PGPORT:-54329} PGUSER=postgres PGDATABASE=postgres
    "${as[@]}" "$bindir/pg_ctl" -D "$CLUSTER_DIR/data" -l "$CLUSTER_DIR/server.log" -w \
        -o "-c listen_addresses='' -k $CLUSTER_DIR -p $PGPORT -c fsync=off -c max_worker_processes=16 -c max_parallel_workers=8" \
        start >/dev/null || { cat "$CLUSTER_DIR/server.log"; return 1; }
    CLUSTER_AS=("${as[@]}")
    trap cluster_stop EXIT
}

cluster_stop() {
    [ -n "${CLUSTER_DIR:-}" ] || return 0
    "${CLUSTER_AS[@]}" "$("$PG_CONFIG" --bindir)/pg_ctl" -D "$CLUSTER_DIR/data" -m immediate stop >/dev/null 2>&1 || true
    rm -rf "$CLUSTER_DIR"
    CLUSTER_DIR=
}
