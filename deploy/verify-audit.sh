#!/usr/bin/env bash
# Verifies the audit trail straight from the database, independently of the running application: each entry's link
# and MAC (HMAC-SHA-256; SHA-256 in the legacy segment), key rotations, that time never runs backwards along the chain,
# and that the chain still matches every checkpoint the oversight body signed (docs/audit-integrity.md).
# Exit code 0: intact; 1: broken (the first entry that does not fit is named, and why); 2: the database could not
# be read.
#
# Database: DB_URL/DB_USER/DB_PASSWORD (any account that may read the trail), or the embedded development database of
# deploy/run.sh (port DB_PORT, default 3307). Keys: GUARDIAN_AUDIT_MAC_KEY_ID, GUARDIAN_AUDIT_MAC_KEY,
# GUARDIAN_AUDIT_RETIRED_MAC_KEYS, GUARDIAN_AUDIT_CHECKPOINT_PUBLIC_KEYS, and the oversight body's own checkpoint log
# GUARDIAN_AUDIT_CHECKPOINT_LOG; without them, the development keys of $GUARDIAN_HOME/audit (default var/audit).
exec "$(dirname "$0")/audit-command.sh" VerifyAuditCommand
