#!/usr/bin/env bash
# Measures Guardian's performance against a Guardian that deploy/run.sh is already running: fills its database
# with 100 000 made-up children and 10 000 guardians and 1.2 million visits (once; the data stays for later runs),
# then measures side by side in one run (issue 21): the floor (the no-op GET /api/me and each scenario's own SQL
# through JDBC), the API scenarios and the main pages with signed-in sessions, at 1, 4 and 16 clients, and prints
# a Markdown table with p50/p95/p99, requests/s and the ratio to the floor. About 10 minutes; the figures measured
# on this machine are in deploy/BENCHMARK.md.
#
#   deploy/benchmark.sh                 generate the data unless it is there, then measure side by side
#   deploy/benchmark.sh -- OPTIONS      the same, with options, e.g. -- --seconds 3 --clients 1,16 --only 'child file'
#                                       (BENCH_SECONDS per run, default 6; BENCH_WARMUP_SECONDS 3; BENCH_CLIENTS
#                                       1,4,16; BENCH_ONLY a regular expression of API/page rows, floors always run)
#   deploy/benchmark.sh --profile       a Java Flight Recording of Guardian's server (jcmd, same machine and user)
#                                       while 16 clients load the child file and the children list through the API
#                                       (BENCH_PROFILE_SECONDS each, default 30), then where the CPU went
#   deploy/benchmark.sh --issue3        issue 3's budgets as before: a fixed number of requests per API scenario
#   deploy/benchmark.sh --issue3 -- OPTIONS   e.g. -- --requests 200 --clients 1
#   deploy/benchmark.sh --audit         issue 7's budgets: appends 10 million audit entries (once; BENCH_AUDIT_ENTRIES),
#                                       then times the auditor's console, "who has seen" and the dashboard, and
#                                       verifies the whole chain. Audit entries can never be removed: use a database
#                                       meant for benchmarks (deploy/run.sh --fresh).
#   deploy/benchmark.sh --visits        issue 4's budgets: adds 1.2 million visits to the generated cases and 30 generated
#                                       wards to guardian1 (once; BENCH_VISITS), then times guardian1's "My children"
#                                       and logs visits through the API from 4 and 8 clients for 30 s each
#                                       (BENCH_LOAD_CLIENTS, BENCH_LOAD_SECONDS), counting the visits before and after.
#   deploy/benchmark.sh --documents     issue 20's budgets: a 20 MB PDF and a 20 MB photo uploaded and downloaded
#                                       through the API (each within 1.5 s), then 8 uploads at once while the server's
#                                       live heap is read with jcmd (same machine and user; Payara's PID from
#                                       $GUARDIAN_HOME/run/payara.pid). Needs no generated data.
#   deploy/benchmark.sh --clear         delete the generated data (nothing else) and stop
#
# Talks to the ports of deploy/run.sh (APP_PORT, KEYCLOAK_PORT, DB_PORT, or DB_URL/DB_USER/DB_PASSWORD), on this
# machine only. BENCH_CHILDREN and BENCH_GUARDIANS set the amount of data; with --issue3, BENCH_WARMUP, BENCH_REQUESTS,
# BENCH_CLIENTS and BENCH_TIME_LIMIT the run (defaults 200, 500, "1,2", 30 s per scenario).
set -euo pipefail
cd "$(dirname "$0")/.."

clear=""
audit=""
visits=""
documents=""
profile=""
issue3=""
benchmark_options=()
while [ $# -gt 0 ]; do
  case "$1" in
    --clear) clear="yes" ;;
    --audit) audit="yes" ;;
    --visits) visits="yes" ;;
    --documents) documents="yes" ;;
    --profile) profile="yes" ;;
    --issue3) issue3="yes" ;;
    --) shift; benchmark_options=("$@"); break ;;
    -h|--help) sed -n '2,34p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "Unknown option: $1 (try --help)" >&2; exit 2 ;;
  esac
  shift
done

export APP_URL="http://localhost:${APP_PORT:-8080}"
export KEYCLOAK_URL="http://localhost:${KEYCLOAK_PORT:-8180}"
export DB_URL="${DB_URL:-jdbc:mysql://127.0.0.1:${DB_PORT:-3307}/guardian?sslMode=DISABLED}"

# Without curl the benchmark itself checks the same before its first request.
if [ -z "$clear" ] && command -v curl > /dev/null && ! curl -fs -o /dev/null --max-time 10 "$APP_URL/health/ready"; then
  echo "Guardian is not up at $APP_URL (no ready answer from $APP_URL/health/ready)." >&2
  echo "Start it first with deploy/run.sh --background (same ports), then run deploy/benchmark.sh again." >&2
  exit 2
fi

# The bench tools (src/bench/java, on their own class path: docs/build.md): compile them when missing or older than
# any source.
marker=target/bench-classes/eu/guardian/bench/Benchmark.class
if [ ! -f "$marker" ] || [ ! -f target/bench.classpath ] || [ -n "$(find src pom.xml -newer "$marker" -print -quit)" ]; then
  echo "Compiling the benchmark..."
  ./mvnw -q -B compile
fi
java=(java -Xmx512m -cp "target/bench-classes:target/classes:$(cat target/bench.classpath)")

if [ -n "$documents" ]; then
  exec "${java[@]}" eu.guardian.bench.DocumentBenchmark ${benchmark_options[@]+"${benchmark_options[@]}"}
fi
if [ -n "$clear" ]; then
  exec "${java[@]}" eu.guardian.bench.DataGenerator --clear
fi
"${java[@]}" eu.guardian.bench.DataGenerator --if-absent
if [ -n "$visits" ]; then
  "${java[@]}" eu.guardian.bench.VisitGenerator --if-absent
  exec "${java[@]}" eu.guardian.bench.Benchmark --visits ${benchmark_options[@]+"${benchmark_options[@]}"}
fi
if [ -n "$audit" ]; then
  "${java[@]}" eu.guardian.bench.AuditTrailGenerator --if-absent
  exec "${java[@]}" eu.guardian.bench.Benchmark --audit ${benchmark_options[@]+"${benchmark_options[@]}"}
fi
if [ -n "$issue3" ]; then
  exec "${java[@]}" eu.guardian.bench.Benchmark ${benchmark_options[@]+"${benchmark_options[@]}"}
fi
# My children and the dashboards need visits.
"${java[@]}" eu.guardian.bench.VisitGenerator --if-absent
if [ -n "$profile" ]; then
  payara_pid="$(cat "${GUARDIAN_HOME:-$PWD/var}/run/payara.pid" 2>/dev/null || true)"
  if [ -z "$payara_pid" ] || ! kill -0 "$payara_pid" 2>/dev/null; then
    echo "No Payara process found in ${GUARDIAN_HOME:-$PWD/var}/run/payara.pid: set GUARDIAN_HOME as for deploy/run.sh." >&2
    exit 2
  fi
  seconds="${BENCH_PROFILE_SECONDS:-30}"
  recording="${GUARDIAN_HOME:-$PWD/var}/run/profile-$(date -u +%Y%m%dT%H%M%SZ).jfr"
  # Warm up first (JIT), unrecorded; then record only the loaded part.
  "${java[@]}" eu.guardian.bench.SideBySide --clients 16 --seconds 5 --warmup-seconds 5 \
      --no-floors --only '^api: (child file|children list)$' > /dev/null
  jcmd "$payara_pid" JFR.start name=guardian-bench settings=profile filename="$recording" > /dev/null
  "${java[@]}" eu.guardian.bench.SideBySide --clients 16 --seconds "$seconds" --warmup-seconds 0 \
      --no-floors --only '^api: (child file|children list)$'
  jcmd "$payara_pid" JFR.stop name=guardian-bench > /dev/null
  echo
  echo "Recording: $recording (open it with JDK Mission Control, or: jfr print --events jdk.ExecutionSample)"
  exec "${java[@]}" eu.guardian.bench.ProfileSummary "$recording" 25
fi
exec "${java[@]}" eu.guardian.bench.SideBySide ${benchmark_options[@]+"${benchmark_options[@]}"}
