#!/usr/bin/env bash
# The cluster drill (docs/cluster.md, "Drill"); deploy/drill.sh --cluster runs it.
#
#   deploy/drill-cluster.sh     starts a Guardian of its own with deploy/run.sh --cluster --demo (two Payara Micro
#                               instances in one Hazelcast cluster behind HAProxy; own ports and data folder), then
#                               measures visits/s through one instance and through the balancer to both (with the
#                               instances' CPU per visit), then runs 60 s of visit writes (each with an
#                               Idempotency-Key, retried with it) and reads through the balancer while instance a is
#                               killed with SIGKILL at 20 s and started again by the launcher. Prints the failed
#                               requests, visits acknowledged = found, job slots run twice (none); verifies the audit
#                               chain; stops what it started. About 8 minutes. Exit 1 if anything failed or was lost.
#
# Settings: DRILL_HOME (default target/drill-cluster), DRILL_APP_PORT 18540 (the balancer; the instances on the next
# two ports, their data grid on DRILL_GRID_PORT 18543 and +1), DRILL_KEYCLOAK_PORT 18545, DRILL_DB_PORT 15740,
# DRILL_MAIL_PORT 15741, DRILL_MAIL_API_PORT 18546, DRILL_CLIENTS 4, DRILL_SECONDS 20 (each throughput run).
set -euo pipefail
cd "$(dirname "$0")/.."

export GUARDIAN_HOME="${DRILL_HOME:-$PWD/target/drill-cluster}"
export APP_PORT="${DRILL_APP_PORT:-18540}" KEYCLOAK_PORT="${DRILL_KEYCLOAK_PORT:-18545}" DB_PORT="${DRILL_DB_PORT:-15740}"
export INSTANCE_PORT=$((APP_PORT + 1)) GRID_PORT="${DRILL_GRID_PORT:-18543}"
export MAIL_PORT="${DRILL_MAIL_PORT:-15741}" MAIL_API_PORT="${DRILL_MAIL_API_PORT:-18546}"

port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
for port in "$APP_PORT" "$INSTANCE_PORT" $((INSTANCE_PORT + 1)) "$GRID_PORT" $((GRID_PORT + 1)) "$KEYCLOAK_PORT" \
            "$DB_PORT"; do
  if port_open "$port"; then echo "Port $port is in use: is another drill still running? (DRILL_*_PORT)" >&2; exit 1; fi
done
rm -rf "$GUARDIAN_HOME"
mkdir -p "$GUARDIAN_HOME"
trap 'deploy/stop.sh > /dev/null || true' EXIT
if [ ! -f target/bench-classes/eu/guardian/bench/ClusterDrill.class ] || [ ! -f target/bench.classpath ] \
   || [ -n "$(find src pom.xml -newer target/bench-classes/eu/guardian/bench/ClusterDrill.class -print -quit)" ]; then
  ./mvnw -q -B package -DskipTests
fi
echo "Starting the drill's cluster in $GUARDIAN_HOME (balancer :$APP_PORT, instances :$INSTANCE_PORT and :$((INSTANCE_PORT + 1)))..."
deploy/run.sh --cluster --background --demo > "$GUARDIAN_HOME/start.out" 2>&1 || { cat "$GUARDIAN_HOME/start.out"; exit 1; }
DB_URL="jdbc:mysql://127.0.0.1:$DB_PORT/guardian?sslMode=DISABLED" java -Xmx256m \
  -cp "target/bench-classes:target/classes:$(cat target/bench.classpath)" eu.guardian.bench.ClusterDrill \
  --app "http://localhost:$APP_PORT" --instance-a "http://localhost:$INSTANCE_PORT" \
  --keycloak "http://localhost:$KEYCLOAK_PORT" --home "$GUARDIAN_HOME" && result=0 || result=$?
echo
grep -h "Instance a" "$GUARDIAN_HOME/run/guardian.out" || true
verify=0
deploy/verify-audit.sh || verify=$?
[ "$result" = 0 ] && [ "$verify" = 0 ] || exit 1
