<?php
/**
 * Removes what the plugin stored when an administrator deletes it: the settings, the
 * published feed and its saved versions, on every site of a multisite network.
 *
 * @package TwinCities
 */

defined( 'WP_UNINSTALL_PLUGIN' ) || exit;

/**
 * Deletes every `twin_cities_…` option of the current site.
 */
function twin_cities_uninstall_site() {
	global $wpdb;
	$names = $wpdb->get_col(
		$wpdb->prepare( "SELECT option_name FROM {$wpdb->options} WHERE option_name LIKE %s", $wpdb->esc_like( 'twin_cities_' ) . '%' )
	);
	foreach ( $names as $name ) {
		delete_option( $name );
	}
}

if ( is_multisite() ) {
	foreach ( get_sites( array( 'fields' => 'ids', 'number' => 0 ) ) as $twin_cities_site_id ) {
		switch_to_blog( $twin_cities_site_id );
		twin_cities_uninstall_site();
		restore_current_blog();
	}
} else {
	twin_cities_uninstall_site();
}
