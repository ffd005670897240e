<?php
/**
 * Plugin Name:       Twin cities
 * Description:       Shows your town's twin cities and decentralised cooperation partners as cards, in six languages, and publishes your own list as a feed for your partner towns. Adds a "Twin cities" block and a [twin_cities] shortcode that every author can use.
 * Version:           0.1.0
 * Requires at least: 6.1
 * Requires PHP:      7.4
 * License:           GPL-2.0-or-later
 * License URI:       https://www.gnu.org/licenses/gpl-2.0.html
 * Text Domain:       twin-cities
 * Domain Path:       /languages
 *
 * @package TwinCities
 */

defined( 'ABSPATH' ) || exit;

define( 'TWIN_CITIES_VERSION', '0.1.0' );
define( 'TWIN_CITIES_FILE', __FILE__ );

require_once __DIR__ . '/includes/feed.php';
require_once __DIR__ . '/includes/render.php';
require_once __DIR__ . '/includes/rest.php';
require_once __DIR__ . '/includes/settings.php';
require_once __DIR__ . '/includes/admin.php';

add_action( 'init', 'twin_cities_init' );

/**
 * Loads the admin translations and registers the bundle, the shortcode and the block.
 */
function twin_cities_init() {
	load_plugin_textdomain( 'twin-cities', false, dirname( plugin_basename( TWIN_CITIES_FILE ) ) . '/languages' );

	twin_cities_register_bundle();
	add_shortcode( 'twin_cities', 'twin_cities_shortcode' );

	register_block_type(
		__DIR__,
		array( 'render_callback' => 'twin_cities_render_block' )
	);
	// The editor script's strings ship with the plugin, not in wp-content/languages.
	wp_set_script_translations( 'twin-cities-partners-editor-script', 'twin-cities', __DIR__ . '/languages' );
}
