#!/usr/bin/env bash
# Tests the WordPress plugin in a real WordPress (Debian's package): installs
# WordPress, MariaDB and PHP when missing, starts the servers on loopback only,
# uploads dist/twin-cities-wordpress.zip, publishes posts as an Author and an
# Administrator, then checks the pages in Debian's Chromium (check.mjs). Two sites
# on two origins (127.0.0.1 and 127.0.0.2, each with its own database) publish their
# feeds and embed each other's (feed-check.mjs); then the plugin is uninstalled, on
# the first site and on a three-site network.
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
server_pids=
configs=
remove_upgrade_dir=
[ -e "$upgrade_dir" ] || remove_upgrade_dir=1

cleanup() {
  status=$?
  set +e
  # Each server's workers outlive their parent: every PID is stopped by itself
  # (server_pids lists the workers before their parent).
  for pid in $server_pids; do kill "$pid" 2>/dev/null; done
  for pid in $server_pids; do wait "$pid" 2>/dev/null; done
  [ -n "$mariadb_pid" ] && kill "$mariadb_pid" 2>/dev/null && wait "$mariadb_pid" 2>/dev/null
  for name in $configs; do
    if [ -e "$tmp/backup-$name" ]; then mv "$tmp/backup-$name" "/etc/wordpress/$name"; else rm -f "/etc/wordpress/$name"; fi
  done
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
CREATE DATABASE twin_cities_b CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE DATABASE twin_cities_network CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE USER 'twin_cities'@'localhost' IDENTIFIED BY '$db_password';
GRANT ALL ON twin_cities_test.* TO 'twin_cities'@'localhost';
GRANT ALL ON twin_cities_b.* TO 'twin_cities'@'localhost';
GRANT ALL ON twin_cities_network.* TO 'twin_cities'@'localhost';
SQL

# 4. WordPress configuration (Debian's wp-config.php reads config-HOST.php, HOST
#    without the port): one file per site, each with its own database.
free_port() {
  php -r '$s = stream_socket_server("tcp://" . $argv[1] . ":0"); echo explode(":", stream_socket_get_name($s, false))[1];' "$1"
}
# write_config HOST_WITHOUT_PORT DATABASE [HOME_URL]
write_config() {
  local name="config-$1.php"
  [ -e "/etc/wordpress/$name" ] && cp -p "/etc/wordpress/$name" "$tmp/backup-$name"
  configs="$configs $name"
  {
    echo "<?php"
    echo "// Written by test/wordpress/run.sh; removed when it ends."
    echo "define( 'DB_NAME', '$2' );"
    echo "define( 'DB_USER', 'twin_cities' );"
    echo "define( 'DB_PASSWORD', '$db_password' );"
    echo "define( 'DB_HOST', 'localhost:$socket' );"
    if [ -n "${3:-}" ]; then
      echo "define( 'WP_HOME', '$3' );"
      echo "define( 'WP_SITEURL', '$3' );"
    fi
    echo "define( 'FS_METHOD', 'direct' );"
    echo "define( 'DISABLE_WP_CRON', true );"
    echo "define( 'AUTOMATIC_UPDATER_DISABLED', true );"
    echo "define( 'WP_HTTP_BLOCK_EXTERNAL', true );"
    echo "define( 'WP_DEBUG', true );"
    echo "define( 'WP_DEBUG_DISPLAY', false );"
    echo "define( 'WP_DEBUG_LOG', '$tmp/debug.log' );"
  } >"/etc/wordpress/$name"
}
host="127.0.0.1:$(free_port 127.0.0.1)"
host_b="127.0.0.2:$(free_port 127.0.0.2)"
network_host=twin-cities-network.test   # PHP from the command line only: no server
write_config 127.0.0.1 twin_cities_test "http://$host"
write_config 127.0.0.2 twin_cities_b "http://$host_b"
write_config "$network_host" twin_cities_network
rm -rf "$plugin_dir" "$uploads_dir"

# 5. Install WordPress, upload the plugin, publish the posts; the second site.
php "$here/setup.php" install "$host" "$zip" "$feed" | tee "$tmp/install.out"
count "$tmp/install.out"
php "$here/setup.php" content "$host" "$zip" "$feed" "$host_b" >"$tmp/setup.out" || true
grep -v '^{' "$tmp/setup.out" || true
count "$tmp/setup.out"
grep '^{' "$tmp/setup.out" >"$tmp/site.json" || { echo "FAIL setup.php printed no site description"; exit 1; }
php "$here/setup.php" install "$host_b" "$zip" "$feed" | sed 's/^\(PASS\|FAIL\) /\1 second site: /' | tee "$tmp/install-b.out"
count "$tmp/install-b.out"
php "$here/setup-feed.php" site-b "$host_b" "$host" >"$tmp/setup-b.out" || true
grep -v '^{' "$tmp/setup-b.out" || true
count "$tmp/setup-b.out"
grep '^{' "$tmp/setup-b.out" >"$tmp/site-b.json" || { echo "FAIL setup-feed.php printed no site description"; exit 1; }
# The first site's list as the command-line tool makes it from the same spreadsheet,
# for when the build has no studio to import it with.
(cd "$repo" && node bin/twin-cities.js from-csv test/fixtures/colombes.csv --city Colombes --country FR) >"$tmp/colombes.json" 2>/dev/null || true

# 6. The web servers (loopback only; opcache checks every file's time at each request,
#    so a re-uploaded plugin is never stale).
#    Four workers each, as a real site has: with one, the block editor's dozens of
#    script requests queue every page behind them.
# start_server HOST
start_server() {
  PHP_CLI_SERVER_WORKERS=4 php -d opcache.enable=1 -d opcache.revalidate_freq=0 -d display_errors=0 -S "$1" -t /usr/share/wordpress "$here/router.php" \
    >>"$tmp/php-server.log" 2>&1 &
  local pid=$!
  for _ in $(seq 100); do
    php -r 'exit(@file_get_contents($argv[1]) === false ? 1 : 0);' "http://$1/wp-login.php" && break
    kill -0 "$pid" 2>/dev/null || { cat "$tmp/php-server.log"; echo "FAIL php -S $1 exited"; exit 1; }
    sleep 0.1
  done
  server_pids="$(ps --ppid "$pid" -o pid= | tr -s ' \n' ' ') $pid $server_pids"
}
start_server "$host"
start_server "$host_b"

# 7. The pages in Chromium: the posts with a classic theme, then everything with the
#    block theme (the admin checks change the settings, so they come last).
for theme in twentytwentyone twentytwentythree; do
  php "$here/setup.php" theme "$host" "$theme" - | tee "$tmp/theme.out"
  count "$tmp/theme.out"
  if [ "$theme" = twentytwentythree ]; then scope=all; else scope=posts; fi
  if [ "$theme" = twentytwentythree ]; then
    # The feeds first: the settings checks (last in check.mjs) change the defaults.
    (cd "$repo" && node "$here/feed-check.mjs" "$tmp/site.json" "$tmp/site-b.json" "$tmp/colombes.json") | tee "$tmp/feed-check.out" || true
    count "$tmp/feed-check.out"
  fi
  (cd "$repo" && node "$here/check.mjs" "$tmp/site.json" "$scope" "$theme") | tee "$tmp/check.out" || true
  count "$tmp/check.out"
done

# 8. Uninstalling: the first site, then a network of three sites.
php "$here/setup-feed.php" uninstall "$host" | tee "$tmp/uninstall.out" || true
count "$tmp/uninstall.out"
php "$here/setup-feed.php" network-install "$network_host" | tee "$tmp/network-install.out" || true
count "$tmp/network-install.out"
cat >>"/etc/wordpress/config-$network_host.php" <<PHP
define( 'MULTISITE', true );
define( 'SUBDOMAIN_INSTALL', false );
define( 'DOMAIN_CURRENT_SITE', '$network_host' );
define( 'PATH_CURRENT_SITE', '/' );
define( 'SITE_ID_CURRENT_SITE', 1 );
define( 'BLOG_ID_CURRENT_SITE', 1 );
PHP
php "$here/setup-feed.php" network "$network_host" | tee "$tmp/network.out" || true
count "$tmp/network.out"

# 9. No PHP notice, warning or error from the plugin while all this ran.
if [ -f "$tmp/debug.log" ] && grep -i 'twin-cities\|twin_cities' "$tmp/debug.log"; then
  fail "PHP notices mention the plugin (above)"
else
  pass "no PHP notice, warning or error from the plugin"
fi

echo "# WordPress $(php -r 'include "/usr/share/wordpress/wp-includes/version.php"; echo $wp_version;'), PHP $(php -r 'echo PHP_VERSION;'), $(($(date +%s) - started)) s"
echo "$passed passed, $failed failed"
[ "$failed" = 0 ] && [ "$passed" -gt 0 ]
