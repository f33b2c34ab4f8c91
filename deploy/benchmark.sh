#!/usr/bin/env bash
# Measures issue 3's performance budgets against a Guardian that deploy/run.sh is already running: fills its database
# with 100 000 made-up children and 10 000 guardians (once; the data stays for later runs), then times the children
# list, a child's file and the awaiting-guardian queue through the REST API and prints p50/p95/p99 per scenario
# against the budgets. Takes about 5 minutes; the figures measured on this machine are in deploy/BENCHMARK.md.
#
#   deploy/benchmark.sh                 generate the data unless it is there, then measure
#   deploy/benchmark.sh -- OPTIONS      the same, with options for the benchmark, e.g. -- --requests 200 --clients 1
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
# machine only. BENCH_CHILDREN and BENCH_GUARDIANS set the amount of data; BENCH_WARMUP, BENCH_REQUESTS, BENCH_CLIENTS
# and BENCH_TIME_LIMIT the run (defaults 200, 500, "1,2", 30 s per scenario).
set -euo pipefail
cd "$(dirname "$0")/.."

clear=""
audit=""
visits=""
documents=""
benchmark_options=()
while [ $# -gt 0 ]; do
  case "$1" in
    --clear) clear="yes" ;;
    --audit) audit="yes" ;;
    --visits) visits="yes" ;;
    --documents) documents="yes" ;;
    --) shift; benchmark_options=("$@"); break ;;
    -h|--help) sed -n '2,25p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
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
exec "${java[@]}" eu.guardian.bench.Benchmark ${benchmark_options[@]+"${benchmark_options[@]}"}
