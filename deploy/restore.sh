#!/usr/bin/env bash
# Restores a deploy/backup.sh archive into an EMPTY installation, then proves it (docs/backup.md):
#
#   deploy/restore.sh ARCHIVE [--until 'YYYY-MM-DD HH:MM:SS'] [--into DATABASE] [--binlogs DIR] [--no-keycloak]
#
#   --until      after the snapshot, replay the binary logs' writes made before this UTC time (point in time recovery)
#   --into       the database to restore into (default DB_NAME, guardian); it must hold no table
#   --binlogs    where the binary logs are (default the embedded server's, $GUARDIAN_HOME/db/binlog)
#   --no-keycloak  leave Keycloak alone (default: roles and users missing from the realm are added; existing ones are
#                  kept as they are; restored people set a new password through Keycloak's "forgot password")
#
# Refuses (exit 3) an archive whose checksum does not match or that the key does not open, and (exit 4) a database
# that is not empty. Then verifies the audit chain and its checkpoints with deploy/verify-audit.sh (exit 5 if broken)
# and prints the row count of every table beside the backup's own (exit 6 if they differ where they must not: no
# replay, and the backup counted in the dump's own snapshot).
# Same environment as deploy/backup.sh (GUARDIAN_BACKUP_KEY, DB_PORT or DB_DEFAULTS_FILE, KEYCLOAK_*); the account
# needs every right on the database and BINLOG ADMIN (its own writes are not logged again); the audit check reads
# through DB_URL/DB_USER/DB_PASSWORD (development: the schema owner).
set -euo pipefail
cd "$(dirname "$0")/.."
source deploy/backup-common.sh

archive=""
until_time=""
into="$DB_NAME"
binlogs="$GUARDIAN_HOME/db/binlog"
keycloak="yes"
while [ $# -gt 0 ]; do
  case "$1" in
    --until) until_time="$2"; shift 2 ;;
    --into) into="$2"; shift 2 ;;
    --binlogs) binlogs="$2"; shift 2 ;;
    --no-keycloak) keycloak=""; shift ;;
    -h|--help) sed -n '2,18p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    -*) echo "Unknown option: $1 (try --help)" >&2; exit 2 ;;
    *) archive="$1"; shift ;;
  esac
done
[ -n "$archive" ] || { echo "Usage: deploy/restore.sh ARCHIVE [--until TIME] [--into DATABASE]" >&2; exit 2; }
[[ "$into" =~ ^[A-Za-z0-9_]+$ ]] || { echo "Not a database name: $into" >&2; exit 2; }

refuse() {
  echo "REFUSED: $*" >&2
  exit "${2:-3}"
}

# 1. The archive is the one written: its checksum, its key, and each part's own checksum.
[ -f "$archive.sha256" ] || refuse "$archive has no $archive.sha256 beside it (an unfinished or foreign archive)"
[ "$(sha256sum < "$archive" | cut -d' ' -f1)" = "$(cut -d' ' -f1 < "$archive.sha256")" ] \
  || refuse "the checksum of $archive does not match: the archive is damaged or was changed"
work=$(private_temp_dir)
trap 'rm -rf "$work"' EXIT
decrypt "$(backup_key)" < "$archive" 2>/dev/null | tar -C "$work" -xf - 2>/dev/null \
  || refuse "$archive could not be opened with this key (GUARDIAN_BACKUP_KEY)"
(cd "$work" && sha256sum --status -c SHA256SUMS) || refuse "a part of $archive does not match its checksum"
manifest() { sed -n "s/^$1=//p" "$work/manifest.properties"; }
source_db=$(manifest database)
echo "Archive of $(manifest taken_at): database '$source_db', $(wc -l < "$work/row-counts.tsv") tables, $(manifest keycloak_users) Keycloak users"
if [ -n "$until_time" ]; then
  [[ "$until_time" > "$(manifest taken_at | tr T ' ' | tr -d Z)" ]] \
    || refuse "--until $until_time is before the backup was taken ($(manifest taken_at)): use an older archive" 2
  [ -n "$(manifest binlog_file)" ] || refuse "the backup recorded no binary-log position: no point in time after it" 2
fi

# 2. An empty database, filled from the snapshot without writing the load into the binary log again.
tables=$(db_sql -e "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = '$into'")
[ "$tables" -eq 0 ] || refuse "database '$into' already holds $tables tables: restore into an empty installation" 4
db_sql -e "CREATE DATABASE IF NOT EXISTS \`$into\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"
{ echo "SET SESSION sql_log_bin = 0;"; cat "$work/database.sql"; } | db_sql "$into"
echo "Snapshot loaded into '$into'"

# 3. Point in time: the writes after the snapshot's binary-log position, up to (not including) --until.
if [ -n "$until_time" ]; then
  first=$(manifest binlog_file)
  [ -f "$binlogs/$first" ] || refuse "binary log $first is not in $binlogs (--binlogs DIR)" 2
  files=()
  for file in $(ls "$binlogs" | grep -E '\.[0-9]{6}$' | sort); do
    [[ "$file" < "$first" ]] || files+=("$binlogs/$file")
  done
  rewrite=()
  [ "$source_db" = "$into" ] || rewrite=(--rewrite-db="$source_db->$into")
  "$(db_tool mariadb-binlog)" --disable-log-bin --start-position="$(manifest binlog_position)" \
    --stop-datetime="$until_time" "${rewrite[@]}" --database="$source_db" "${files[@]}" | db_sql "$into"
  echo "Writes replayed from ${#files[@]} binary log(s) up to $until_time UTC"
fi

# 4. Keycloak: realm roles and users the realm lacks (a fresh installation's realm has only the imported ones).
if [ -n "$keycloak" ]; then
  token=$(keycloak_admin_token)
  jq '{ifResourceExists: "SKIP",
       roles: {realm: (.roles.realm // [] | map(del(.id, .containerId)))},
       users: input | map(.requiredActions = ((.requiredActions // []) + ["UPDATE_PASSWORD"] | unique))}' \
    "$work/keycloak-realm.json" "$work/keycloak-users.json" > "$work/import.json"
  imported=$(keycloak_api "$token" POST "/admin/realms/$KEYCLOAK_REALM/partialImport" "$work/import.json")
  echo "Keycloak realm '$KEYCLOAK_REALM': $(jq '.added' <<< "$imported") added, $(jq '.skipped' <<< "$imported") already there"
fi

# 5. The proof: an intact audit chain, and the rows.
if [ -z "${DB_DEFAULTS_FILE:-}" ]; then
  # Development: the schema owner reads the restored database (a production run names its own account).
  db_sql -e "GRANT SELECT ON \`$into\`.* TO 'guardian_owner'@'%'"
  export DB_USER="${DB_USER:-guardian_owner}" DB_PASSWORD="${DB_PASSWORD:-guardian-owner-dev}"
fi
export DB_URL="${DB_URL:-jdbc:mysql://127.0.0.1:$DB_PORT/$into?sslMode=DISABLED}"
if [ -n "$until_time" ]; then
  # On purpose, the chain now ends at --until: checkpoints the oversight body signed later name entries that are
  # not restored. The checkpoints in the restored database itself are still checked.
  export GUARDIAN_AUDIT_CHECKPOINT_LOG=/dev/null
  echo "Audit chain checked against the checkpoints up to $until_time (later ones name writes not restored)"
fi
if ! deploy/verify-audit.sh; then
  echo "The restored audit chain does NOT verify (above): do not put this database into service" >&2
  exit 5
fi
db_row_counts "$into" > "$work/restored-counts.tsv"
echo "Rows per table (restored, backup):"
join -t $'\t' -a 1 -e '-' -o 0,1.2,2.2 <(sort "$work/restored-counts.tsv") <(sort "$work/row-counts.tsv") \
  | awk -F'\t' '{ printf "  %-32s %10s %10s\n", $1, $2, $3 }'
if [ -z "$until_time" ] && [ "$(manifest row_counts)" = exact ] && ! diff -q <(sort "$work/restored-counts.tsv") <(sort "$work/row-counts.tsv") >/dev/null; then
  echo "The restored row counts differ from the backup's" >&2
  exit 6
fi
echo "Restore complete: '$into' verified"
