#!/usr/bin/env bash
# Runs one of the audit trail's command-line tools (a class of eu.guardian.audit) with Guardian's compiled classes and
# the JDBC driver only, compiling first when a source is newer. Used by deploy/verify-audit.sh and
# deploy/audit-checkpoint.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
command_class="target/classes/eu/guardian/audit/$1.class"
if [ ! -f "$command_class" ] || [ ! -f target/app.classpath ] \
   || [ -n "$(find src/main/java/eu/guardian/audit -newer "$command_class" -print -quit)" ]; then
  ./mvnw -q -B process-test-resources
fi
driver=$(tr ':' '\n' < target/app.classpath | grep '/mysql-connector-j-' | head -n 1)
exec java -cp "target/classes:$driver" "eu.guardian.audit.$1" "${@:2}"
