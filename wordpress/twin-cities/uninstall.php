<?php
/**
 * Removes the plugin's settings when an administrator deletes the plugin.
 *
 * @package TwinCities
 */

defined( 'WP_UNINSTALL_PLUGIN' ) || exit;

delete_option( 'twin_cities_settings' );
