<?php
/**
 * Sets up the test WordPress from the command line, as an administrator would
 * through the dashboard and as authors would in the editor.
 *
 *   php setup.php install HOST ZIP FEED_FILE  installs WordPress (wp_install)
 *   php setup.php content HOST ZIP FEED_FILE OTHER_HOST
 *                                             uploads the plugin zip, activates it,
 *                                             publishes the test posts; prints JSON
 *   php setup.php theme HOST STYLESHEET -     switches the theme
 *
 * OTHER_HOST is the second test site (setup-feed.php), whose feed the posts embed.
 *
 * Lines starting with PASS or FAIL are checks; the last line is the JSON for the
 * browser checks (check.mjs).
 */

if ( 'cli' !== PHP_SAPI || $argc < 5 ) {
	fwrite( STDERR, "usage: php setup.php install|content HOST ZIP FEED_FILE\n" );
	exit( 2 );
}
list( , $twin_cities_phase, $twin_cities_host, $twin_cities_zip, $twin_cities_feed_file ) = $argv;
$twin_cities_other_host = isset( $argv[5] ) ? $argv[5] : '';

// Debian's wp-config.php picks /etc/wordpress/config-HOST.php from the Host header.
$_SERVER['HTTP_HOST']   = $twin_cities_host;
$_SERVER['SERVER_NAME'] = preg_replace( '/:.*/', '', $twin_cities_host );
$_SERVER['REQUEST_URI'] = '/';

if ( 'install' === $twin_cities_phase ) {
	define( 'WP_INSTALLING', true );
	// No mail server here: keep wp_install() from trying to send the welcome mail.
	function wp_new_blog_notification() {}
	require '/usr/share/wordpress/wp-load.php';
	require_once ABSPATH . 'wp-admin/includes/upgrade.php';
	$result = wp_install( 'Twin cities test', 'admin', 'admin@example.org', false, '', wp_generate_password( 24 ), 'en_US' );
	echo ( empty( $result['user_id'] ) ? 'FAIL' : 'PASS' ), " wp_install created the site\n";
	exit( 0 );
}

require '/usr/share/wordpress/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/admin.php';

if ( 'theme' === $twin_cities_phase ) {
	// php setup.php theme HOST STYLESHEET
	$theme = wp_get_theme( $twin_cities_zip );
	switch_theme( $twin_cities_zip );
	echo ( $theme->exists() && get_stylesheet() === $twin_cities_zip ? 'PASS' : 'FAIL' ), ' theme ', $theme->get( 'Name' ), " active\n";
	exit( 0 );
}

require_once ABSPATH . 'wp-admin/includes/class-wp-upgrader.php';

$twin_cities_failures = 0;
function twin_cities_check( $ok, $what ) {
	global $twin_cities_failures;
	echo ( $ok ? 'PASS' : 'FAIL' ), ' ', $what, "\n";
	if ( ! $ok ) {
		$twin_cities_failures++;
	}
}

// The administrator, and the roles town web editors usually have.
$admin_password  = wp_generate_password( 24, false );
$author_password = wp_generate_password( 24, false );
$admin           = get_user_by( 'login', 'admin' );
wp_set_password( $admin_password, $admin->ID );
update_user_meta( $admin->ID, 'locale', 'fr_FR' );
$author_id = wp_insert_user(
	array(
		'user_login' => 'author',
		'user_pass'  => $author_password,
		'user_email' => 'author@example.org',
		'role'       => 'author',
		'locale'     => 'de_DE',
	)
);
twin_cities_check( ! is_wp_error( $author_id ) && ! user_can( $author_id, 'unfiltered_html' ), 'an Author exists and lacks unfiltered_html' );
// Who may publish the town's feed (an Editor) and who may not (a Contributor, an Author).
$editor_password      = wp_generate_password( 24, false );
$contributor_password = wp_generate_password( 24, false );
$editor_id            = wp_insert_user(
	array(
		'user_login'   => 'editor',
		'user_pass'    => $editor_password,
		'user_email'   => 'editor@example.org',
		'display_name' => 'Élise Éditrice',
		'role'         => 'editor',
		'locale'       => 'fr_FR',
	)
);
$contributor_id       = wp_insert_user(
	array(
		'user_login' => 'contributor',
		'user_pass'  => $contributor_password,
		'user_email' => 'contributor@example.org',
		'role'       => 'contributor',
	)
);
twin_cities_check( ! is_wp_error( $editor_id ) && ! is_wp_error( $contributor_id ), 'an Editor and a Contributor exist' );

// Pretty permalinks, as on a town's site: the feed is at /wp-json/twin-cities/v1/feed.
update_option( 'permalink_structure', '/%postname%/' );
flush_rewrite_rules( false );

// Plugins → Add New → Upload Plugin does this with the uploaded zip.
wp_set_current_user( $admin->ID );
$upgrader  = new Plugin_Upgrader( new Automatic_Upgrader_Skin() );
$installed = $upgrader->install( $twin_cities_zip, array( 'overwrite_package' => true ) );
twin_cities_check( true === $installed && is_file( WP_PLUGIN_DIR . '/twin-cities/twin-cities.php' ), 'the zip installs like an upload from Plugins → Add New (twin-cities/twin-cities.php)' );
$data = get_plugin_data( WP_PLUGIN_DIR . '/twin-cities/twin-cities.php', false, false );
twin_cities_check( 'Twin cities' === $data['Name'] && '0.1.0' === $data['Version'] && '6.1' === $data['RequiresWP'] && 'twin-cities' === $data['TextDomain'], 'plugin header: name, version 0.1.0, requires WordPress 6.1, text domain' );
$activated = activate_plugin( 'twin-cities/twin-cities.php', '', false, false );
twin_cities_check( null === $activated && is_plugin_active( 'twin-cities/twin-cities.php' ), 'the plugin activates' );

// The feed sits in the uploads folder, as a town would put it (same origin), with
// the demo's pictures beside it as in demo/: its `../images/…` addresses resolve.
$uploads = wp_upload_dir( null, false );
$twin_cities_test_dir = $uploads['basedir'] . '/twin-cities-test';
wp_mkdir_p( $twin_cities_test_dir . '/feeds' );
wp_mkdir_p( $twin_cities_test_dir . '/images' );
copy( $twin_cities_feed_file, $twin_cities_test_dir . '/feeds/bagnolet.json' );
foreach ( glob( dirname( $twin_cities_feed_file ) . '/../images/*.svg' ) as $twin_cities_image ) {
	copy( $twin_cities_image, $twin_cities_test_dir . '/images/' . basename( $twin_cities_image ) );
}
$feed = $uploads['baseurl'] . '/twin-cities-test/feeds/bagnolet.json';
update_option(
	'twin_cities_settings',
	array(
		'src'  => $feed,
		'lang' => 'it',
	)
);

/**
 * Publishes a post as the given user, with that user's kses filters.
 *
 * @return array{id: int, url: string, content: string}
 */
function twin_cities_publish( $user_id, $title, $content ) {
	wp_set_current_user( $user_id );
	kses_init();
	$id = wp_insert_post(
		wp_slash(
			array(
				'post_title'   => $title,
				'post_content' => $content,
				'post_status'  => 'publish',
				'post_author'  => $user_id,
			)
		),
		true
	);
	if ( is_wp_error( $id ) ) {
		fwrite( STDERR, $id->get_error_message() . "\n" );
		exit( 1 );
	}
	return array(
		'id'      => $id,
		'url'     => get_permalink( $id ),
		'content' => get_post_field( 'post_content', $id, 'raw' ),
	);
}

$other_feed = 'http://' . $twin_cities_other_host . '/wp-json/twin-cities/v1/feed';
$bundle_url = plugins_url( 'assets/twin-cities.js', WP_PLUGIN_DIR . '/twin-cities/twin-cities.php' );
$snippet    = '<script type="module" src="' . $bundle_url . '"></script>' . "\n" . '<twin-cities src="' . $feed . '" lang="fr"></twin-cities>';

$posts = array(
	'shortcode'      => twin_cities_publish( $author_id, 'Shortcode in German', '<p>Unsere Partnerstädte:</p>' . "\n\n" . '[twin_cities src="' . $feed . '" lang="de" heading_level="2" page_size="0"]' ),
	'block'          => twin_cities_publish( $author_id, 'Block in Polish', '<!-- wp:twin-cities/partners {"src":"' . $feed . '","lang":"pl"} /-->' ),
	'two'            => twin_cities_publish( $author_id, 'Two shortcodes', '[twin_cities src="' . $feed . '" lang="de"]' . "\n\n" . '<p>Und auf Italienisch:</p>' . "\n\n" . '[twin_cities src="' . $feed . '" lang="it"]' ),
	'hostile'        => twin_cities_publish(
		$author_id,
		'Hostile values',
		'[twin_cities src="javascript:alert(1)" lang=\'de" onmouseover="alert(1)\' heading_level="9" page_size="2 onmouseover=alert(1)"]' . "\n\n"
		. '[twin_cities src=\'https://example.org/x.json" onmouseover="alert(1)\' lang="it" heading_level="0"]' . "\n\n"
		. '<!-- wp:twin-cities/partners {"src":"javascript:alert(1)","lang":"pl\" onmouseover=\"alert(1)","headingLevel":9} /-->'
	),
	'defaults'       => twin_cities_publish( $author_id, 'Site defaults', '[twin_cities]' ),
	'reciprocal'     => twin_cities_publish( $author_id, 'The partner town\'s feed', '<!-- wp:twin-cities/partners {"src":"' . $other_feed . '","lang":"fr","reciprocal":true,"align":"wide","className":"town-partners","pageSize":"20","headingLevel":"2"} /-->' ),
	'author_snippet' => twin_cities_publish( $author_id, 'Snippet pasted by an Author', $snippet ),
	'admin_snippet'  => twin_cities_publish( $admin->ID, 'Snippet pasted by an Administrator', $snippet . "\n\n" . '[twin_cities src="' . $feed . '" lang="de"]' ),
);

twin_cities_check(
	false === strpos( $posts['author_snippet']['content'], '<script' ) && false === strpos( $posts['author_snippet']['content'], '<twin-cities' ),
	'an Author\'s pasted snippet loses <script> and <twin-cities> (why the plugin exists)'
);
twin_cities_check( false !== strpos( $posts['admin_snippet']['content'], '<script type="module"' ), 'an Administrator\'s pasted snippet is kept' );
twin_cities_check( false !== strpos( $posts['block']['content'], '"lang":"pl"' ), 'the block comment survives the Author\'s kses' );

// Unit checks of the sanitizers, through the functions the shortcode uses.
twin_cities_check(
	'de-AT' === twin_cities_sanitize_lang( 'de-AT' ) && 'pt' === twin_cities_sanitize_lang( 'pt' ) && '' === twin_cities_sanitize_lang( 'es' ) && '' === twin_cities_sanitize_lang( 'de"x' ) && '' === twin_cities_sanitize_lang( array( 'de' ) ),
	'lang: fr/de/it/pl/pt/en with an optional region, anything else dropped'
);
twin_cities_check(
	2 === twin_cities_sanitize_heading_level( '2' ) && 3 === twin_cities_sanitize_heading_level( '9' ) && 3 === twin_cities_sanitize_heading_level( '2x' ) && 3 === twin_cities_sanitize_heading_level( null ),
	'heading_level: 1–6, else 3'
);
twin_cities_check(
	0 === twin_cities_sanitize_page_size( '0' ) && 12 === twin_cities_sanitize_page_size( '12' ) && null === twin_cities_sanitize_page_size( '-1' ) && null === twin_cities_sanitize_page_size( '2 x' ),
	'page_size: a non-negative integer, else dropped'
);

// French typography in the French strings: a no-break space before a colon, a narrow
// one before ; ? ! and inside « », never a plain space.
$fr_po = file_get_contents( WP_PLUGIN_DIR . '/twin-cities/languages/twin-cities-fr_FR.po' );
preg_match_all( '/^msgstr "(.*)"$/m', $fr_po, $fr_strings );
$plain_spaces = preg_grep( '/ [:;?!»]|« /u', $fr_strings[1] );
twin_cities_check( count( $fr_strings[1] ) > 40 && ! $plain_spaces, 'French strings: no plain space before : ; ? ! » or after « (' . implode( ' | ', $plain_spaces ) . ')' );

// The language files load for each admin locale.
foreach ( array( 'fr_FR' => 'Villes jumelles', 'de_DE' => 'Partnerstädte', 'it_IT' => 'Città gemellate', 'pl_PL' => 'Miasta partnerskie', 'pt_PT' => 'Cidades geminadas' ) as $locale => $expected ) {
	$use_locale = function () use ( $locale ) {
		return $locale;
	};
	add_filter( 'plugin_locale', $use_locale );
	unload_textdomain( 'twin-cities' );
	load_plugin_textdomain( 'twin-cities', false, 'twin-cities/languages' );
	$got  = __( 'Twin cities', 'twin-cities' );
	$save = __( 'Save and publish', 'twin-cities' );
	remove_filter( 'plugin_locale', $use_locale );
	twin_cities_check( $expected === $got && 'Save and publish' !== $save, "admin strings translated for $locale (\"$got\", \"$save\")" );
}

echo wp_json_encode(
	array(
		'home'      => home_url( '/' ),
		'feed'      => $feed,
		'bundle'    => $bundle_url,
		'admin'     => array( 'login' => 'admin', 'password' => $admin_password ),
		'author'    => array( 'login' => 'author', 'password' => $author_password ),
		'editor'    => array( 'login' => 'editor', 'password' => $editor_password ),
		'contributor' => array( 'login' => 'contributor', 'password' => $contributor_password ),
		'own_feed'  => rest_url( 'twin-cities/v1/feed' ),
		'other_feed' => $other_feed,
		'posts'     => array_map(
			function ( $post ) {
				return $post['url'];
			},
			$posts
		),
	)
), "\n";
exit( $twin_cities_failures ? 1 : 0 );
