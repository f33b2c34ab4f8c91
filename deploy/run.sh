#!/usr/bin/env bash
# Runs the whole of Guardian on this machine: the database (embedded MariaDB 11.4 unless DB_URL names an external
# MySQL 8+/MariaDB 11+), Keycloak with the demo realm on :8180, and Payara Micro with Guardian on :8080.
#
#   deploy/run.sh                 run in the foreground; Ctrl-C stops everything it started
#   deploy/run.sh --background    run detached; deploy/stop.sh stops it
#   deploy/run.sh --fresh         forget all data first (database, Keycloak, server files)
#   deploy/run.sh --demo          also load the demo data set once (about 40 made-up children in every state, with
#                                 visits, screenings, assessments...), for trying Guardian out with the demo logins
#   deploy/run.sh --cluster       two Payara Micro instances (:APP_PORT+1, +2, or from INSTANCE_PORT) in one
#                                 Hazelcast cluster (data grid on GRID_PORT, default 6900, and +1), behind HAProxy
#                                 on :APP_PORT; sessions survive the loss of either instance (docs/cluster.md)
#
# Needs Java 17 and access to Maven Central; everything else is fetched through Maven and cached in ~/.m2.
# Data is kept between runs in $GUARDIAN_HOME (default: var/ in the repository, git-ignored).
set -euo pipefail
cd "$(dirname "$0")/.."

fresh=""
demo=""
background=""
cluster=""
for arg in "$@"; do
  case "$arg" in
    --fresh) fresh="--fresh" ;;
    --demo) demo="--demo" ;;
    --background) background="yes" ;;
    --cluster) cluster="--cluster" ;;
    -h|--help) sed -n '2,16p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "Unknown option: $arg (try --help)" >&2; exit 2 ;;
  esac
done

export GUARDIAN_HOME="${GUARDIAN_HOME:-$PWD/var}"
run_dir="$GUARDIAN_HOME/run"
pid_file="$run_dir/guardian.pid"
if [ -f "$pid_file" ] && kill -0 "$(cat "$pid_file")" 2>/dev/null; then
  echo "Guardian is already running (PID $(cat "$pid_file")); stop it with deploy/stop.sh" >&2
  exit 1
fi

# Build only when something changed since the last build (a warm start then costs no Maven run at all).
if [ ! -f target/guardian.war ] || [ ! -d target/stack-classes ] || [ ! -f target/stack.classpath ] \
   || [ -n "$(find pom.xml realm-export.json src -newer target/guardian.war -print -quit)" ]; then
  echo "Building Guardian and fetching its servers (Payara Micro, Keycloak, MariaDB) through Maven..."
  ./mvnw -q -B package -DskipTests
fi
# The launcher (src/stack/java) with its own libraries and the application's classes; no test library.
classpath="target/stack-classes:target/classes:$(cat target/stack.classpath)"
mkdir -p "$run_dir"

if [ -z "$background" ]; then
  # exec: Ctrl-C reaches the launcher, whose shutdown hook stops every server it started.
  exec java -Xmx256m -Dorg.slf4j.simpleLogger.defaultLogLevel=warn -cp "$classpath" eu.guardian.stack.GuardianStack $fresh $demo $cluster
fi

out="$run_dir/guardian.out"
nohup java -Xmx256m -Dorg.slf4j.simpleLogger.defaultLogLevel=warn -cp "$classpath" eu.guardian.stack.GuardianStack $fresh $demo $cluster > "$out" 2>&1 < /dev/null &
echo $! > "$pid_file"
echo "Starting in the background (PID $(cat "$pid_file")); output in $out"
while kill -0 "$(cat "$pid_file")" 2>/dev/null; do
  # with --demo, ready once the demo data is in (or said why not)
  if grep -q "Guardian is ready" "$out" && { [ -z "$demo" ] || grep -q "Demo data" "$out"; }; then
    sed -n '/Guardian is ready/,$p' "$out"
    echo "Stop it with: deploy/stop.sh"
    exit 0
  fi
  sleep 1
done
echo "Guardian did not start:" >&2
tail -n 30 "$out" >&2
rm -f "$pid_file"
exit 1
