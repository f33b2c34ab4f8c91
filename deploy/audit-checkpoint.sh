#!/usr/bin/env bash
# The oversight body's checkpoint of the audit trail (docs/audit-integrity.md): verifies the whole chain, then signs its
# last entry (id, hash, time) with the oversight body's Ed25519 private key, stores the checkpoint in the database
# and appends it to the body's own checkpoint log. Signs nothing when the chain does not verify (exit code 1).
#
#   deploy/audit-checkpoint.sh                     one checkpoint now (on demand, or from cron, e.g. hourly)
#   deploy/audit-checkpoint.sh --every MINUTES     one now and then every MINUTES until stopped
#   deploy/audit-checkpoint.sh --new-key-pair DIR  make the oversight body's key pair in DIR
#
# Environment: GUARDIAN_AUDIT_CHECKPOINT_PRIVATE_KEY_FILE, GUARDIAN_AUDIT_CHECKPOINT_PUBLIC_KEYS, the MAC keys (as for
# deploy/verify-audit.sh), GUARDIAN_AUDIT_CHECKPOINT_LOG, DB_URL and DB_CHECKPOINT_USER/DB_CHECKPOINT_PASSWORD (an
# account that may add checkpoints: Guardian's own may not). Without them: the development stack's keys in
# $GUARDIAN_HOME/audit and the embedded database's owner account.
exec "$(dirname "$0")/audit-command.sh" CheckpointCommand "$@"
