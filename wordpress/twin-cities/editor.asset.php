<?php
/**
 * Dependencies of editor.js, which is written by hand against the `wp` globals (no build step).
 *
 * @package TwinCities
 */

return array(
	'dependencies' => array( 'wp-blocks', 'wp-element', 'wp-block-editor', 'wp-components', 'wp-server-side-render', 'wp-i18n' ),
	'version'      => '0.1.0',
);
