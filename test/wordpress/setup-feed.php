<?php
/**
 * The second test site, and the plugin's uninstall, from the command line.
 *
 *   php setup-feed.php site-b HOST OTHER_HOST  activates the plugin (installed by
 *                                              setup.php on the first site: the
 *                                              plugin folder is shared), adds an
 *                                              Editor and the posts; prints JSON
 *   php setup-feed.php uninstall HOST          deletes the plugin's data as
 *                                              Plugins → Delete does, and checks
 *   php setup-feed.php network-install HOST    installs WordPress and turns it into a
 *                                              network (run.sh then adds MULTISITE)
 *   php setup-feed.php network HOST            three sites, each with its own feed;
 *                                              uninstall removes all three
 *
 * Lines starting with PASS or FAIL are checks.
 */

if ( 'cli' !== PHP_SAPI || $argc < 3 ) {
	fwrite( STDERR, "usage: php setup-feed.php site-b|uninstall|network-install|network HOST [OTHER_HOST]\n" );
	exit( 2 );
}
list( , $twin_cities_phase, $twin_cities_host ) = $argv;
$twin_cities_other_host                         = isset( $argv[3] ) ? $argv[3] : '';

// Debian's wp-config.php picks /etc/wordpress/config-HOST.php from the Host header.
$_SERVER['HTTP_HOST']   = $twin_cities_host;
$_SERVER['SERVER_NAME'] = preg_replace( '/:.*/', '', $twin_cities_host );
$_SERVER['REQUEST_URI'] = '/';

$twin_cities_failures = 0;
function twin_cities_check( $ok, $what ) {
	global $twin_cities_failures;
	echo ( $ok ? 'PASS' : 'FAIL' ), ' ', $what, "\n";
	if ( ! $ok ) {
		$twin_cities_failures++;
	}
}

if ( 'network-install' === $twin_cities_phase ) {
	define( 'WP_INSTALLING', true );
	function wp_new_blog_notification() {}
	require '/usr/share/wordpress/wp-load.php';
	require_once ABSPATH . 'wp-admin/includes/upgrade.php';
	$result = wp_install( 'Twin cities network', 'admin', 'admin@example.org', false, '', wp_generate_password( 24 ), 'en_US' );
	// What wp-admin/network.php does first: name the network's tables.
	foreach ( $wpdb->tables( 'ms_global' ) as $table => $prefixed_table ) {
		$wpdb->$table = $prefixed_table;
	}
	install_network();
	$network = populate_network( 1, $_SERVER['SERVER_NAME'], 'admin@example.org', 'Twin cities network', '/', false );
	twin_cities_check( ! empty( $result['user_id'] ) && true === $network, 'multisite: a network is installed' );
	exit( $twin_cities_failures ? 1 : 0 );
}

require '/usr/share/wordpress/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/admin.php';
wp_set_current_user( get_user_by( 'login', 'admin' )->ID );

/** How many `twin_cities_…` options the current site's table holds. */
function twin_cities_option_rows() {
	global $wpdb;
	return (int) $wpdb->get_var( $wpdb->prepare( "SELECT COUNT(*) FROM {$wpdb->options} WHERE option_name LIKE %s", $wpdb->esc_like( 'twin_cities_' ) . '%' ) );
}

/** A small feed for the town `$name`, in the shape an editor saves. */
function twin_cities_small_feed( $name, $country ) {
	return json_encode(
		array(
			'version'  => 1,
			'city'     => array(
				'name'    => $name,
				'country' => $country,
			),
			'partners' => array(
				array(
					'id'      => 'sopot',
					'name'    => 'Sopot',
					'country' => 'PL',
				),
			),
		)
	);
}

if ( 'site-b' === $twin_cities_phase ) {
	$activated = activate_plugin( 'twin-cities/twin-cities.php' );
	twin_cities_check( null === $activated && is_plugin_active( 'twin-cities/twin-cities.php' ), 'second site: the plugin activates' );
	update_option( 'permalink_structure', '/%postname%/' );
	flush_rewrite_rules( false );
	$password  = wp_generate_password( 24, false );
	$editor_id = wp_insert_user(
		array(
			'user_login' => 'editor',
			'user_pass'  => $password,
			'user_email' => 'editor@example.org',
			'role'       => 'editor',
			'locale'     => 'de_DE',
		)
	);
	twin_cities_check( ! is_wp_error( $editor_id ), 'second site: an Editor exists' );

	$other_feed = 'http://' . $twin_cities_other_host . '/wp-json/twin-cities/v1/feed';
	$posts      = array(
		'reciprocal' => '<!-- wp:twin-cities/partners {"src":"' . $other_feed . '","lang":"de","reciprocal":true,"pageSize":0} /-->',
		'own'        => '[twin_cities lang="de" reciprocal="1"]',
		'own_block'  => '<!-- wp:twin-cities/partners {"lang":"de","align":"full","className":"own-list","pageSize":"20","headingLevel":"4"} /-->',
	);
	$urls       = array();
	foreach ( $posts as $key => $content ) {
		$id = wp_insert_post(
			wp_slash(
				array(
					'post_title'   => 'Second site ' . $key,
					'post_content' => $content,
					'post_status'  => 'publish',
					'post_author'  => $editor_id,
				)
			),
			true
		);
		if ( is_wp_error( $id ) ) {
			fwrite( STDERR, $id->get_error_message() . "\n" );
			exit( 1 );
		}
		$urls[ $key ] = get_permalink( $id );
	}
	echo wp_json_encode(
		array(
			'home'     => home_url( '/' ),
			'own_feed' => rest_url( 'twin-cities/v1/feed' ),
			'editor'   => array(
				'login'    => 'editor',
				'password' => $password,
			),
			'posts'    => $urls,
		)
	), "\n";
	exit( $twin_cities_failures ? 1 : 0 );
}

if ( 'uninstall' === $twin_cities_phase ) {
	$before = twin_cities_option_rows();
	$kept   = count( twin_cities_feed_versions() );
	twin_cities_check( $before > 0 && $kept > 0, "uninstall: before, the site has a feed with $kept version(s) ($before option rows)" );
	deactivate_plugins( 'twin-cities/twin-cities.php' );
	uninstall_plugin( 'twin-cities/twin-cities.php' );
	$after = twin_cities_option_rows();
	twin_cities_check( 0 === $after, "uninstall: no twin_cities_ option is left ($after)" );
	twin_cities_check( null === twin_cities_feed_json(), 'uninstall: the feed is gone' );
	exit( $twin_cities_failures ? 1 : 0 );
}

if ( 'network' === $twin_cities_phase ) {
	twin_cities_check( is_multisite(), 'multisite: WordPress runs as a network' );
	$activated = activate_plugin( 'twin-cities/twin-cities.php', '', true );
	twin_cities_check( null === $activated, 'multisite: the plugin activates for the network' );
	$sites = array( 1 => 'Colombes' );
	foreach ( array( 'frankenthal' => 'Frankenthal', 'sopot' => 'Sopot' ) as $path => $name ) {
		$id = wp_insert_site(
			array(
				'domain'  => $_SERVER['SERVER_NAME'],
				'path'    => '/' . $path . '/',
				'title'   => $name,
				'user_id' => get_current_user_id(),
			)
		);
		twin_cities_check( ! is_wp_error( $id ), "multisite: site $name created" );
		$sites[ $id ] = $name;
	}
	$tables = array();
	foreach ( $sites as $id => $name ) {
		switch_to_blog( $id );
		twin_cities_save_feed( twin_cities_parse_feed( twin_cities_small_feed( $name, 'FR' ) ), get_current_user_id() );
		twin_cities_save_feed( twin_cities_parse_feed( twin_cities_small_feed( $name, 'DE' ) ), get_current_user_id() );
		update_option( 'twin_cities_settings', array( 'src' => '', 'lang' => 'fr' ) );
		$feed = json_decode( (string) twin_cities_feed_json() );
		twin_cities_check(
			$feed && $name === $feed->city->name && 2 === count( twin_cities_feed_versions() ),
			"multisite: $name has its own feed and 2 versions, at " . twin_cities_feed_url()
		);
		$tables[ $id ] = $GLOBALS['wpdb']->options;
		restore_current_blog();
	}
	twin_cities_check( 3 === count( array_unique( $tables ) ), 'multisite: each site stores its feed in its own table (' . implode( ', ', $tables ) . ')' );

	uninstall_plugin( 'twin-cities/twin-cities.php' );
	foreach ( $sites as $id => $name ) {
		switch_to_blog( $id );
		$rows = twin_cities_option_rows();
		twin_cities_check( 0 === $rows, "multisite: uninstall removed $name's feed, versions and settings ($rows left in {$GLOBALS['wpdb']->options})" );
		restore_current_blog();
	}
	exit( $twin_cities_failures ? 1 : 0 );
}

fwrite( STDERR, "unknown phase $twin_cities_phase\n" );
exit( 2 );
