#!/usr/bin/env bash
# Stops a Guardian started with deploy/run.sh --background: the launcher first (it stops its servers), then, should
# any server outlive it, exactly the processes whose PIDs it recorded, and only if they are still Guardian's.
set -euo pipefail
cd "$(dirname "$0")/.."
export GUARDIAN_HOME="${GUARDIAN_HOME:-$PWD/var}"
run_dir="$GUARDIAN_HOME/run"

is_ours() { # PID: a live process whose command line names Guardian's data folder
  [ -r "/proc/$1/cmdline" ] && tr '\0' ' ' < "/proc/$1/cmdline" | grep -q -- "$GUARDIAN_HOME"
}

stop_pid() { # PID NAME
  local pid=$1 name=$2
  kill -0 "$pid" 2>/dev/null || return 0
  echo "Stopping $name (PID $pid)..."
  kill -TERM "$pid" 2>/dev/null || true
  for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || return 0; sleep 0.5; done
  echo "$name did not stop in 30 s; killing it" >&2
  kill -KILL "$pid" 2>/dev/null || true
}

if [ -f "$run_dir/guardian.pid" ]; then
  stop_pid "$(cat "$run_dir/guardian.pid")" "Guardian launcher"
  rm -f "$run_dir/guardian.pid"
else
  echo "No Guardian launcher is recorded in $run_dir."
fi

# Leftovers, e.g. after the launcher was killed with SIGKILL.
for pid_file in "$run_dir/payara.pid" "$run_dir/keycloak.pid" "$run_dir/mail.pid" "$GUARDIAN_HOME/db/mariadb.pid"; do
  [ -f "$pid_file" ] || continue
  pid=$(cat "$pid_file")
  if kill -0 "$pid" 2>/dev/null; then
    for child in $(pgrep -P "$pid" 2>/dev/null || true); do
      is_ours "$child" && stop_pid "$child" "$(basename "$pid_file" .pid) (child)"
    done
    if is_ours "$pid"; then stop_pid "$pid" "$(basename "$pid_file" .pid)"; fi
  fi
  rm -f "$pid_file"
done
echo "Guardian is stopped."
