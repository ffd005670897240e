#!/usr/bin/env bash
# Tests the WordPress plugin in a real WordPress (Debian's package): installs
# WordPress, MariaDB and PHP when missing, starts both servers on loopback only,
# uploads dist/twin-cities-wordpress.zip, publishes posts as an Author and an
# Administrator, then checks the pages in Debian's Chromium (check.mjs).
#
#   bash test/wordpress/run.sh     (npm run test:wordpress; after npm run build)
#
# Needs root (apt-get, /etc/wordpress). Every process it starts is stopped by its
# PID on exit. Prints PASS/FAIL lines and "N passed, M failed"; exit 1 on failure.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
zip="$repo/dist/twin-cities-wordpress.zip"
feed="$repo/demo/feeds/bagnolet.json"
plugin_dir=/var/lib/wordpress/wp-content/plugins/twin-cities
uploads_dir=/var/lib/wordpress/wp-content/uploads/twin-cities-test
upgrade_dir=/var/lib/wordpress/wp-content/upgrade   # the plugin upload's work folder
config=/etc/wordpress/config-127.0.0.1.php
started=$(date +%s)

passed=0
failed=0
pass() { echo "PASS $*"; passed=$((passed + 1)); }
fail() { echo "FAIL $*"; failed=$((failed + 1)); }
# Counts the PASS/FAIL lines of a helper's output (already printed).
count() {
  passed=$((passed + $(grep -c '^PASS' "$1" || true)))
  failed=$((failed + $(grep -c '^FAIL' "$1" || true)))
}

tmp="$(mktemp -d /tmp/twin-cities-wordpress.XXXXXX)"
chmod 755 "$tmp"
mariadb_pid=
php_pid=
php_workers=
config_backup=
remove_upgrade_dir=
[ -e "$upgrade_dir" ] || remove_upgrade_dir=1

cleanup() {
  status=$?
  set +e
  # The server's workers outlive their parent: each is stopped by its own PID.
  for pid in $php_workers; do kill "$pid" 2>/dev/null; done
  [ -n "$php_pid" ] && kill "$php_pid" 2>/dev/null && wait "$php_pid" 2>/dev/null
  [ -n "$mariadb_pid" ] && kill "$mariadb_pid" 2>/dev/null && wait "$mariadb_pid" 2>/dev/null
  if [ -n "$config_backup" ]; then mv "$config_backup" "$config"; else rm -f "$config"; fi
  rm -rf "$plugin_dir" "$uploads_dir" "$tmp"
  [ -n "$remove_upgrade_dir" ] && rm -rf "$upgrade_dir"
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

if [ "$(id -u)" != 0 ]; then
  echo "FAIL run as root (installs packages, writes /etc/wordpress)"; exit 1
fi
if [ ! -f "$zip" ]; then
  echo "FAIL $zip is missing: run npm run build first"; exit 1
fi

# 1. Packages.
# The two themes: a block theme (Twenty Twenty-Three, WordPress 6.1's default) and a
# classic one (Twenty Twenty-One), which print footer scripts at different moments.
packages="wordpress wordpress-theme-twentytwentythree wordpress-theme-twentytwentyone mariadb-server php-cli php-mysql"
missing=
for p in $packages; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing="$missing $p"
done
if [ -n "$missing" ]; then
  echo "# installing$missing"
  export DEBIAN_FRONTEND=noninteractive
  apt-get install -y -q --no-install-recommends $missing >"$tmp/apt.log" 2>&1 \
    || { apt-get update -q >>"$tmp/apt.log" 2>&1 && apt-get install -y -q --no-install-recommends $missing >>"$tmp/apt.log" 2>&1; } \
    || { cat "$tmp/apt.log"; echo "FAIL apt-get install$missing"; exit 1; }
fi

# 2. PHP syntax of every file of the plugin and of the test helpers.
while IFS= read -r -d '' f; do
  if out=$(php -l "$f" 2>&1); then pass "php -l ${f#"$repo"/}"; else echo "$out"; fail "php -l ${f#"$repo"/}"; fi
done < <(find "$repo/wordpress" "$here" -name '*.php' -print0 | sort -z)

# 3. MariaDB on a fresh data directory, socket only (no TCP). The socket is private
#    to this run (not /run/mysqld/mysqld.sock), so a MariaDB already running on the
#    machine is neither disturbed nor used.
mkdir -p /run/mysqld && chown mysql:mysql /run/mysqld
mkdir "$tmp/mysql" "$tmp/mysql-run" && chown mysql:mysql "$tmp/mysql" "$tmp/mysql-run"
mariadb-install-db --user=mysql --datadir="$tmp/mysql" --auth-root-authentication-method=socket \
  --skip-test-db >"$tmp/mariadb-install.log" 2>&1 || { cat "$tmp/mariadb-install.log"; exit 1; }
socket="$tmp/mysql-run/mysqld.sock"
mariadbd --no-defaults --user=mysql --skip-networking --socket="$socket" --datadir="$tmp/mysql" \
  --pid-file="$tmp/mysql-run/mysqld.pid" --log-error="$tmp/mysql-run/mariadb.log" 2>>"$tmp/mysql-run/stderr.log" &
mariadb_pid=$!
for _ in $(seq 150); do
  mariadb-admin --no-defaults --socket="$socket" -uroot ping >/dev/null 2>&1 && break
  kill -0 "$mariadb_pid" 2>/dev/null || { cat "$tmp/mysql-run/mariadb.log"; echo "FAIL mariadbd exited"; exit 1; }
  sleep 0.1
done
db_password="$(head -c 18 /dev/urandom | base64 | tr -dc 'A-Za-z0-9')"
mariadb --no-defaults --socket="$socket" -uroot <<SQL
CREATE DATABASE twin_cities_test CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE USER 'twin_cities'@'localhost' IDENTIFIED BY '$db_password';
GRANT ALL ON twin_cities_test.* TO 'twin_cities'@'localhost';
SQL

# 4. WordPress configuration (Debian's wp-config.php reads config-HOST.php).
port="$(php -r '$s = stream_socket_server("tcp://127.0.0.1:0"); echo explode(":", stream_socket_get_name($s, false))[1];')"
host="127.0.0.1:$port"
if [ -e "$config" ]; then config_backup="$tmp/config-backup.php"; cp -p "$config" "$config_backup"; fi
cat >"$config" <<PHP
<?php
// Written by test/wordpress/run.sh; removed when it ends.
define( 'DB_NAME', 'twin_cities_test' );
define( 'DB_USER', 'twin_cities' );
define( 'DB_PASSWORD', '$db_password' );
define( 'DB_HOST', 'localhost:$socket' );
define( 'WP_HOME', 'http://$host' );
define( 'WP_SITEURL', 'http://$host' );
define( 'FS_METHOD', 'direct' );
define( 'DISABLE_WP_CRON', true );
define( 'AUTOMATIC_UPDATER_DISABLED', true );
define( 'WP_HTTP_BLOCK_EXTERNAL', true );
define( 'WP_DEBUG', true );
define( 'WP_DEBUG_DISPLAY', false );
define( 'WP_DEBUG_LOG', '$tmp/debug.log' );
PHP
rm -rf "$plugin_dir" "$uploads_dir"

# 5. Install WordPress, upload the plugin, publish the posts.
php "$here/setup.php" install "$host" "$zip" "$feed" | tee "$tmp/install.out"
count "$tmp/install.out"
php "$here/setup.php" content "$host" "$zip" "$feed" >"$tmp/setup.out" || true
grep -v '^{' "$tmp/setup.out" || true
count "$tmp/setup.out"
grep '^{' "$tmp/setup.out" >"$tmp/site.json" || { echo "FAIL setup.php printed no site description"; exit 1; }

# 6. The web server (loopback only; opcache off so a re-uploaded plugin is never stale).
#    Four workers, as a real site has: with one, the block editor's dozens of script
#    requests queue every page behind them, and a busy CI machine hit the 30 s limits.
PHP_CLI_SERVER_WORKERS=4 php -d opcache.enable=0 -d display_errors=0 -S "$host" -t /usr/share/wordpress "$here/router.php" \
  >"$tmp/php-server.log" 2>&1 &
php_pid=$!
for _ in $(seq 100); do
  php -r 'exit(@file_get_contents($argv[1]) === false ? 1 : 0);' "http://$host/wp-login.php" && break
  kill -0 "$php_pid" 2>/dev/null || { cat "$tmp/php-server.log"; echo "FAIL php -S exited"; exit 1; }
  sleep 0.1
done
php_workers="$(ps --ppid "$php_pid" -o pid= | tr -s ' \n' ' ')"

# 7. The pages in Chromium: the posts with a classic theme, then everything with the
#    block theme (the admin checks change the settings, so they come last).
for theme in twentytwentyone twentytwentythree; do
  php "$here/setup.php" theme "$host" "$theme" - | tee "$tmp/theme.out"
  count "$tmp/theme.out"
  if [ "$theme" = twentytwentythree ]; then scope=all; else scope=posts; fi
  (cd "$repo" && node "$here/check.mjs" "$tmp/site.json" "$scope" "$theme") | tee "$tmp/check.out" || true
  count "$tmp/check.out"
done

# 8. No PHP notice, warning or error from the plugin while all this ran.
if [ -f "$tmp/debug.log" ] && grep -i 'twin-cities\|twin_cities' "$tmp/debug.log"; then
  fail "PHP notices mention the plugin (above)"
else
  pass "no PHP notice, warning or error from the plugin"
fi

echo "# WordPress $(php -r 'include "/usr/share/wordpress/wp-includes/version.php"; echo $wp_version;'), PHP $(php -r 'echo PHP_VERSION;'), $(($(date +%s) - started)) s"
echo "$passed passed, $failed failed"
[ "$failed" = 0 ] && [ "$passed" -gt 0 ]
