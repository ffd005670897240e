<?php
/**
 * What the shortcode and the block print: one <twin-cities> element with sanitized
 * attributes, and the element's bundle loaded once per page as a JavaScript module.
 *
 * Authors have no `unfiltered_html`, so they cannot paste the <script> snippet
 * themselves; everything they type here ends up in an attribute, hence the strict
 * checks: values that are not what the element expects are dropped, not repaired.
 *
 * @package TwinCities
 */

defined( 'ABSPATH' ) || exit;

/**
 * Registers the bundle: as a script module where WordPress has the API (6.5+), and
 * always as a classic script, which the block editor and WordPress 6.1–6.4 use
 * (`twin_cities_module_type` turns its tag into a module).
 */
function twin_cities_register_bundle() {
	$url = plugins_url( 'assets/twin-cities.js', TWIN_CITIES_FILE );

	if ( function_exists( 'wp_register_script_module' ) ) {
		wp_register_script_module( 'twin-cities', $url, array(), TWIN_CITIES_VERSION );
	}
	wp_register_script( 'twin-cities', $url, array(), TWIN_CITIES_VERSION, true );
}

/**
 * Loads the bundle on the current page; WordPress prints it once however often this runs.
 */
function twin_cities_enqueue_bundle() {
	if ( function_exists( 'wp_enqueue_script_module' ) ) {
		wp_enqueue_script_module( 'twin-cities' );
	} else {
		wp_enqueue_script( 'twin-cities' );
	}
}

/**
 * Gives the classic `twin-cities` and `twin-cities-studio` script tags `type="module"`:
 * both are ES modules.
 *
 * @param string $tag    The `<script>` tag WordPress is about to print.
 * @param string $handle The script's handle.
 * @return string
 */
function twin_cities_module_type( $tag, $handle ) {
	if ( 'twin-cities' !== $handle && 'twin-cities-studio' !== $handle ) {
		return $tag;
	}
	$tag = preg_replace( '/\stype=(["\'])[^"\']*\1/', '', $tag );
	return preg_replace( '/<script\b/', '<script type="module"', $tag, 1 );
}
add_filter( 'script_loader_tag', 'twin_cities_module_type', 10, 2 );

/**
 * The block's preview in the editor (ServerSideRender) needs the element there too.
 * `enqueue_block_assets` also reaches the editor's iframe in WordPress 6.3 and later.
 */
function twin_cities_enqueue_editor_bundle() {
	if ( is_admin() ) {
		wp_enqueue_script( 'twin-cities' );
	}
}
add_action( 'enqueue_block_assets', 'twin_cities_enqueue_editor_bundle' );

/**
 * A language tag the element supports (fr, de, it, pl, pt, en, optionally with a
 * region such as de-AT or pt-PT), or '' for anything else.
 *
 * @param mixed $lang Untrusted input.
 * @return string
 */
function twin_cities_sanitize_lang( $lang ) {
	if ( ! is_string( $lang ) ) {
		return '';
	}
	$lang = trim( $lang );
	return preg_match( '/^(fr|de|it|pl|pt|en)(-[A-Za-z]{2}|-[0-9]{3})?$/i', $lang ) ? $lang : '';
}

/**
 * A heading level from 1 to 6; anything else is 3, the element's default.
 *
 * @param mixed $level Untrusted input.
 * @return int
 */
function twin_cities_sanitize_heading_level( $level ) {
	if ( is_int( $level ) || ( is_string( $level ) && preg_match( '/^\s*[1-6]\s*$/', $level ) ) ) {
		$level = (int) $level;
		if ( $level >= 1 && $level <= 6 ) {
			return $level;
		}
	}
	return 3;
}

/**
 * A page size (0 shows every card), or null when the input is not a non-negative integer.
 *
 * @param mixed $size Untrusted input.
 * @return int|null
 */
function twin_cities_sanitize_page_size( $size ) {
	if ( is_int( $size ) && $size >= 0 ) {
		return $size;
	}
	if ( is_string( $size ) && preg_match( '/^\s*[0-9]{1,6}\s*$/', $size ) ) {
		return (int) $size;
	}
	return null;
}

/**
 * A feed URL limited to http and https, or ''.
 *
 * @param mixed $src Untrusted input.
 * @return string
 */
function twin_cities_sanitize_src( $src ) {
	if ( ! is_string( $src ) || '' === trim( $src ) ) {
		return '';
	}
	return esc_url_raw( trim( $src ), array( 'http', 'https' ) );
}

/**
 * Whether an option was given at all (a shortcode attribute written as `src=""` was not).
 *
 * @param array  $args Untrusted options.
 * @param string $key  Option name.
 * @return bool
 */
function twin_cities_is_given( $args, $key ) {
	return isset( $args[ $key ] ) && is_scalar( $args[ $key ] ) && '' !== trim( (string) $args[ $key ] );
}

/**
 * Whether a yes/no option is on: `true`, or `1`, `true`, `yes`, `on` as text.
 *
 * @param mixed $value Untrusted input.
 * @return bool
 */
function twin_cities_sanitize_flag( $value ) {
	if ( is_bool( $value ) ) {
		return $value;
	}
	return ( is_string( $value ) || is_int( $value ) ) && in_array( strtolower( trim( (string) $value ) ), array( '1', 'true', 'yes', 'on' ), true );
}

/**
 * The site's own feed as an inline `<script type="application/json">`, so the page
 * needs no second request. Every `<`, `>`, `&` and quote in it is written as a \u
 * escape: no text of the feed can close the script or open a tag.
 *
 * @return string HTML, or '' before the feed is first saved.
 */
function twin_cities_inline_feed() {
	$feed = twin_cities_published_feed();
	if ( null === $feed ) {
		return '';
	}
	$json = wp_json_encode( $feed, JSON_HEX_TAG | JSON_HEX_AMP | JSON_HEX_APOS | JSON_HEX_QUOT | JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES );
	return false === $json ? '' : '<script type="application/json">' . $json . '</script>';
}

/**
 * The `<twin-cities>` element for the given options; loads the bundle.
 *
 * A `src` or `lang` left empty takes the site-wide default from the settings; one
 * that was given but is not valid is dropped (never silently swapped for the
 * default). With no feed URL at all, the element shows the site's own feed, inline.
 *
 * @param array $args {
 *     Untrusted values, all optional.
 *
 *     @type string     $src           Feed URL.
 *     @type string     $lang          Language tag.
 *     @type string|int $heading_level 1–6.
 *     @type string|int $page_size     Cards shown at first, 0 for all.
 *     @type bool|string $reciprocal   Mark the partners that list this town back.
 * }
 * @param string $wrapper_attributes Extra attributes for a wrapping <div> (the block's), or ''.
 * @return string HTML.
 */
function twin_cities_render( $args, $wrapper_attributes = '' ) {
	$settings = twin_cities_get_settings();

	$src    = twin_cities_is_given( $args, 'src' ) ? twin_cities_sanitize_src( $args['src'] ) : $settings['src'];
	$inline = '';
	if ( '' === $src && ! twin_cities_is_given( $args, 'src' ) ) {
		$inline = twin_cities_inline_feed();
	}

	if ( '' === $src && '' === $inline && ( defined( 'REST_REQUEST' ) && REST_REQUEST ) ) {
		// The block editor's preview: tell the author what is missing.
		return '<p>' . esc_html__( 'Enter the URL of a feed in the block settings, or build your town\'s list in the Twin cities menu.', 'twin-cities' ) . '</p>';
	}

	$lang = twin_cities_is_given( $args, 'lang' ) ? twin_cities_sanitize_lang( $args['lang'] ) : $settings['lang'];

	$html = '<twin-cities';
	if ( '' !== $src ) {
		$html .= ' src="' . esc_url( $src, array( 'http', 'https' ) ) . '"';
	}
	if ( '' !== $lang ) {
		$html .= ' lang="' . esc_attr( $lang ) . '"';
	}
	if ( twin_cities_is_given( $args, 'heading_level' ) ) {
		$html .= ' heading-level="' . esc_attr( (string) twin_cities_sanitize_heading_level( $args['heading_level'] ) ) . '"';
	}
	if ( twin_cities_is_given( $args, 'page_size' ) ) {
		$page_size = twin_cities_sanitize_page_size( $args['page_size'] );
		if ( null !== $page_size ) {
			$html .= ' page-size="' . esc_attr( (string) $page_size ) . '"';
		}
	}
	if ( isset( $args['reciprocal'] ) && twin_cities_sanitize_flag( $args['reciprocal'] ) ) {
		$html .= ' reciprocal';
	}
	$html .= '>' . $inline . '</twin-cities>';

	if ( '' !== $wrapper_attributes ) {
		$html = '<div ' . $wrapper_attributes . '>' . $html . '</div>';
	}

	twin_cities_enqueue_bundle();
	return $html;
}

/**
 * `[twin_cities src="…" lang="…" heading_level="…" page_size="…" reciprocal="1"]`
 *
 * @param array|string $atts Shortcode attributes ('' when there are none).
 * @return string
 */
function twin_cities_shortcode( $atts ) {
	$atts = shortcode_atts(
		array(
			'src'           => '',
			'lang'          => '',
			'heading_level' => '',
			'page_size'     => null,
			'reciprocal'    => '',
		),
		$atts,
		'twin_cities'
	);
	return twin_cities_render( $atts );
}

/**
 * Render callback of the `twin-cities/partners` block.
 *
 * @param array $attributes Block attributes (src, lang, headingLevel, pageSize, reciprocal).
 * @return string
 */
function twin_cities_render_block( $attributes ) {
	return twin_cities_render(
		array(
			'src'           => isset( $attributes['src'] ) ? $attributes['src'] : '',
			'lang'          => isset( $attributes['lang'] ) ? $attributes['lang'] : '',
			'heading_level' => isset( $attributes['headingLevel'] ) ? $attributes['headingLevel'] : '',
			'page_size'     => isset( $attributes['pageSize'] ) ? $attributes['pageSize'] : null,
			'reciprocal'    => ! empty( $attributes['reciprocal'] ),
		),
		get_block_wrapper_attributes()
	);
}
