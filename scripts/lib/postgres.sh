# A throwaway PostgreSQL cluster for the tests (sourced after common.sh).
# `start_test_postgres` installs Debian's server if missing, creates a
# cluster in a temporary directory it owns, starts it on a free loopback
# port and exports PIN_INPS_TEST_POSTGRES (the admin URL the tests create
# their databases on); `stop_test_postgres` stops it and removes the
# directory. PostgreSQL refuses to run as root, so as root the cluster runs
# as the `postgres` user the package creates.

PG_TEST_DIR=""

pg_bin() {
  local dir
  dir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
  [ -n "$dir" ] || { echo "PostgreSQL binaries not found under /usr/lib/postgresql" >&2; return 1; }
  echo "$dir"
}

# Runs a PostgreSQL program as the cluster's owner.
pg_as_owner() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

port_is_free() {
  ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

start_test_postgres() {
  apt_install postgresql
  local bin port tries=0
  bin=$(pg_bin)
  PG_TEST_DIR=$(mktemp -d /tmp/pin-inps-pg.XXXXXX)
  chmod 755 "$PG_TEST_DIR"
  if [ "$(id -u)" = 0 ]; then chown postgres: "$PG_TEST_DIR"; fi
  log "PostgreSQL test cluster in $PG_TEST_DIR"
  pg_as_owner "$bin/initdb" -D "$PG_TEST_DIR/data" -U postgres --auth=trust \
    --encoding=UTF8 --locale=C >"$PG_TEST_DIR/initdb.log" 2>&1 \
    || { cat "$PG_TEST_DIR/initdb.log" >&2; return 1; }
  # Durability is not under test here: fsync off keeps the suite fast. Each
  # test holds a pool of its own, hence the connection limit.
  while :; do
    port=$((20000 + RANDOM % 30000))
    if port_is_free "$port" && pg_as_owner "$bin/pg_ctl" -D "$PG_TEST_DIR/data" \
      -l "$PG_TEST_DIR/server.log" -w -t 60 start \
      -o "-p $port -c listen_addresses=127.0.0.1 -k $PG_TEST_DIR -c max_connections=400 -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
      >/dev/null; then
      break
    fi
    tries=$((tries + 1))
    if [ "$tries" -ge 5 ]; then cat "$PG_TEST_DIR/server.log" >&2 || true; return 1; fi
  done
  export PIN_INPS_TEST_POSTGRES="postgres://postgres@127.0.0.1:$port/postgres"
  log "PostgreSQL listening on 127.0.0.1:$port"
}

stop_test_postgres() {
  [ -n "$PG_TEST_DIR" ] || return 0
  local bin
  if bin=$(pg_bin) && [ -f "$PG_TEST_DIR/data/postmaster.pid" ]; then
    pg_as_owner "$bin/pg_ctl" -D "$PG_TEST_DIR/data" -m immediate -w stop >/dev/null 2>&1 || true
  fi
  rm -rf "$PG_TEST_DIR"
  PG_TEST_DIR=""
}
