#!/usr/bin/env bash
# Verifies the audit trail's hash chain straight from the database, independently of the running application.
# Exit code 0: intact; 1: broken (the first entry that does not fit is named). Uses DB_URL/DB_USER/DB_PASSWORD, or
# the embedded development database of deploy/run.sh (port DB_PORT, default 3307).
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -f target/stack.classpath ] || [ ! -d target/test-classes ]; then
  ./mvnw -q -B test-compile
fi
exec java -cp "target/classes:target/test-classes:$(cat target/stack.classpath)" eu.guardian.audit.AuditChainVerifier
