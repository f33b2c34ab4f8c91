#!/usr/bin/env bash
# Backs Guardian up, online, into ONE dated, checksummed, encrypted archive (docs/backup.md):
#   - the database: a consistent snapshot (mariadb-dump --single-transaction) that records the binary-log position it
#     was taken at, so deploy/restore.sh --until can replay later writes up to a chosen time; settings are rows in it;
#   - the Keycloak realm: roles, groups and clients (partial export) and every user with their attributes and realm
#     roles (never credentials: restored people set a new password through Keycloak);
#   - a manifest: when, which binary-log position, exact row counts per table, and a SHA-256 of each part.
#
#   deploy/backup.sh [--to DIR]      writes DIR/guardian-backup-<UTC time>.tar.enc and its .sha256 (default var/backups)
#
# Encryption key: GUARDIAN_BACKUP_KEY (a long random passphrase; AES-256 with PBKDF2). Without it, the development key
# of $GUARDIAN_HOME/backup/development.key is made and used, and the script says so.
# Database: by default the embedded development server of deploy/run.sh (port DB_PORT, default 3307), as its
# administrator over the local socket. Another server: DB_DEFAULTS_FILE names a MySQL option file ([client] host, port,
# user, password) of an account with SELECT, SHOW VIEW, TRIGGER, LOCK TABLES, RELOAD and BINLOG MONITOR (REPLICATION
# CLIENT on MySQL); DB_NAME (default guardian).
# Keycloak: KEYCLOAK_URL (default http://127.0.0.1:8180), KEYCLOAK_REALM (guardianship), and an administrator of the
# master realm KEYCLOAK_ADMIN_USER/KEYCLOAK_ADMIN_PASSWORD (development: the stack's bootstrap administrator).
# Exit code 0: archive written; 1: something could not be read (nothing is left half-written).
set -euo pipefail
cd "$(dirname "$0")/.."
source deploy/backup-common.sh

to="$GUARDIAN_HOME/backups"
while [ $# -gt 0 ]; do
  case "$1" in
    --to) to="$2"; shift 2 ;;
    -h|--help) sed -n '2,21p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "Unknown option: $1 (try --help)" >&2; exit 2 ;;
  esac
done

key=$(backup_key)
stamp=$(date -u +%Y%m%dT%H%M%SZ)
work=$(private_temp_dir)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/parts"

# The database: one consistent snapshot with its binary-log coordinates (as a comment the restore reads).
"$(db_tool mariadb-dump)" $(db_client_options) --single-transaction --master-data=2 --routines --triggers \
  --events --hex-blob --default-character-set=utf8mb4 --no-tablespaces "$DB_NAME" > "$work/parts/database.sql"
grep -q -- '-- Dump completed' "$work/parts/database.sql" || fail "the database dump did not complete"

# Exact row counts, taken in a consistent snapshot: when its binary-log position is the dump's, they are the dump's
# own counts (nothing was written in between), and the restore must find exactly them.
counted=$(db_sql -e "START TRANSACTION WITH CONSISTENT SNAPSHOT;
  SHOW STATUS LIKE 'binlog_snapshot_file'; SHOW STATUS LIKE 'binlog_snapshot_position';
  $(row_count_query "$DB_NAME"); COMMIT;")
sed -n '3,$p' <<< "$counted" > "$work/parts/row-counts.tsv"
counted_at="$(sed -n '1s/.*\t//p' <<< "$counted"):$(sed -n '2s/.*\t//p' <<< "$counted")"

# Keycloak: the realm's roles, groups and clients, then the users page by page with their realm roles.
token=$(keycloak_admin_token)
keycloak_api "$token" POST "/admin/realms/$KEYCLOAK_REALM/partial-export?exportGroupsAndRoles=true&exportClients=true" \
  > "$work/parts/keycloak-realm.json"
echo '[]' > "$work/parts/keycloak-users.json"
first=0
while :; do
  page=$(keycloak_api "$token" GET "/admin/realms/$KEYCLOAK_REALM/users?briefRepresentation=false&first=$first&max=100")
  count=$(jq 'length' <<< "$page")
  [ "$count" -eq 0 ] && break
  for id in $(jq -r '.[].id' <<< "$page"); do
    roles=$(keycloak_api "$token" GET "/admin/realms/$KEYCLOAK_REALM/users/$id/role-mappings/realm" | jq '[.[].name]')
    page=$(jq --arg id "$id" --argjson roles "$roles" \
      'map(if .id == $id then . + {realmRoles: $roles} else . end)' <<< "$page")
  done
  jq --argjson page "$page" '. + ($page | map(del(.access, .createdTimestamp)))' "$work/parts/keycloak-users.json" \
    > "$work/users.next" && mv "$work/users.next" "$work/parts/keycloak-users.json"
  first=$((first + count))
done

binlog=$(grep -m1 -oE "MASTER_LOG_FILE='[^']+', MASTER_LOG_POS=[0-9]+" "$work/parts/database.sql" || true)
{
  echo "format=guardian-backup-1"
  echo "taken_at=$(date -u +%Y-%m-%dT%H:%M:%SZ)"
  echo "database=$DB_NAME"
  echo "binlog_file=$(sed -nE "s/MASTER_LOG_FILE='([^']+)'.*/\1/p" <<< "$binlog")"
  echo "binlog_position=$(sed -nE 's/.*MASTER_LOG_POS=([0-9]+)/\1/p' <<< "$binlog")"
  dumped_at="$(sed -nE "s/MASTER_LOG_FILE='([^']+)'.*/\1/p" <<< "$binlog"):$(sed -nE 's/.*MASTER_LOG_POS=([0-9]+)/\1/p' <<< "$binlog")"
  # "exact": counted at the dump's own position; "after": writes came in between, the counts are a little later's.
  [ "$counted_at" = "$dumped_at" ] && echo "row_counts=exact" || echo "row_counts=after"
  echo "keycloak_realm=$KEYCLOAK_REALM"
  echo "keycloak_users=$(jq 'length' "$work/parts/keycloak-users.json")"
} > "$work/parts/manifest.properties"
(cd "$work/parts" && sha256sum database.sql row-counts.tsv keycloak-realm.json keycloak-users.json > SHA256SUMS)

mkdir -p "$to"
archive="$to/guardian-backup-$stamp.tar.enc"
tar -C "$work/parts" -cf - . | encrypt "$key" > "$work/archive"
(cd "$work" && sha256sum archive | sed "s/archive\$/$(basename "$archive")/") > "$work/archive.sha256"
# Moved into place only when whole, the checksum last: an archive without its .sha256 is one that did not finish.
mv "$work/archive" "$archive"
mv "$work/archive.sha256" "$archive.sha256"
echo "Backup written: $archive"
echo "  binary log at $(sed -n 's/^binlog_file=//p' "$work/parts/manifest.properties"):$(sed -n 's/^binlog_position=//p' "$work/parts/manifest.properties"), $(wc -l < "$work/parts/row-counts.tsv") tables, $(jq 'length' "$work/parts/keycloak-users.json") Keycloak users"
