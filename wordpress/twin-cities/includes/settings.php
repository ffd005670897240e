<?php
/**
 * Twin cities → Settings (administrators): a site-wide default feed URL and language,
 * used when a shortcode or block leaves them out. Without a default feed, they show
 * the list saved on the Twin cities screen.
 *
 * @package TwinCities
 */

defined( 'ABSPATH' ) || exit;

/**
 * The saved settings, always with both keys and already sanitized.
 *
 * @return array{src: string, lang: string}
 */
function twin_cities_get_settings() {
	$saved = get_option( 'twin_cities_settings', array() );
	return twin_cities_sanitize_settings( is_array( $saved ) ? $saved : array() );
}

/**
 * Sanitize callback of the `twin_cities_settings` option.
 *
 * @param mixed $input Submitted values.
 * @return array{src: string, lang: string}
 */
function twin_cities_sanitize_settings( $input ) {
	$input = is_array( $input ) ? $input : array();
	return array(
		'src'  => isset( $input['src'] ) ? twin_cities_sanitize_src( $input['src'] ) : '',
		'lang' => isset( $input['lang'] ) ? twin_cities_sanitize_lang( $input['lang'] ) : '',
	);
}

/**
 * The languages offered in the settings and in the block, by their own names.
 *
 * @return array<string, string> Tag => name.
 */
function twin_cities_languages() {
	return array(
		'fr' => 'Français',
		'de' => 'Deutsch',
		'it' => 'Italiano',
		'pl' => 'Polski',
		'pt' => 'Português',
		'en' => 'English',
	);
}

/**
 * Registers the option, its section and fields with the Settings API.
 */
function twin_cities_register_settings() {
	register_setting(
		'twin_cities',
		'twin_cities_settings',
		array(
			'type'              => 'array',
			'sanitize_callback' => 'twin_cities_sanitize_settings',
			'default'           => array(
				'src'  => '',
				'lang' => '',
			),
		)
	);

	add_settings_section(
		'twin_cities_defaults',
		__( 'Defaults', 'twin-cities' ),
		'twin_cities_render_section',
		'twin-cities'
	);
	add_settings_field(
		'twin_cities_src',
		__( 'Default feed URL', 'twin-cities' ),
		'twin_cities_render_src_field',
		'twin-cities',
		'twin_cities_defaults',
		array( 'label_for' => 'twin_cities_src' )
	);
	add_settings_field(
		'twin_cities_lang',
		__( 'Default language', 'twin-cities' ),
		'twin_cities_render_lang_field',
		'twin-cities',
		'twin_cities_defaults',
		array( 'label_for' => 'twin_cities_lang' )
	);
}
add_action( 'admin_init', 'twin_cities_register_settings' );

/**
 * Adds a "Settings" link next to "Deactivate" on the Plugins screen.
 *
 * @param string[] $links Action links.
 * @return string[]
 */
function twin_cities_action_links( $links ) {
	$url = admin_url( 'admin.php?page=twin-cities-settings' );
	array_unshift( $links, '<a href="' . esc_url( $url ) . '">' . esc_html__( 'Settings', 'twin-cities' ) . '</a>' );
	return $links;
}
add_filter( 'plugin_action_links_' . plugin_basename( TWIN_CITIES_FILE ), 'twin_cities_action_links' );

/**
 * The settings page; options.php checks the nonce that settings_fields() prints.
 */
function twin_cities_render_settings_page() {
	if ( ! current_user_can( 'manage_options' ) ) {
		return;
	}
	?>
	<div class="wrap">
		<h1><?php echo esc_html( get_admin_page_title() ); ?></h1>
		<?php settings_errors(); ?>
		<form action="<?php echo esc_url( admin_url( 'options.php' ) ); ?>" method="post">
			<?php
			settings_fields( 'twin_cities' );
			do_settings_sections( 'twin-cities' );
			submit_button();
			?>
		</form>
		<h2><?php esc_html_e( 'Usage', 'twin-cities' ); ?></h2>
		<p><?php esc_html_e( 'Add the "Twin cities" block to a page, or write the shortcode:', 'twin-cities' ); ?></p>
		<p><code>[twin_cities src="https://www.example.org/twin-cities.json" lang="de" heading_level="2" page_size="12"]</code></p>
	</div>
	<?php
}

/**
 * Text under the section heading.
 */
function twin_cities_render_section() {
	echo '<p>' . esc_html__( 'Used by every Twin cities block and shortcode that does not name its own feed or language.', 'twin-cities' ) . '</p>';
}

/**
 * The default feed URL field.
 */
function twin_cities_render_src_field() {
	$settings = twin_cities_get_settings();
	printf(
		'<input type="url" class="regular-text code" id="twin_cities_src" name="twin_cities_settings[src]" value="%1$s" placeholder="https://www.example.org/twin-cities.json" /><p class="description">%2$s</p>',
		esc_attr( $settings['src'] ),
		esc_html__( 'Leave empty to show the list saved on the Twin cities screen. Otherwise, the address of a feed (JSON, version 1); only http and https addresses are accepted.', 'twin-cities' )
	);
}

/**
 * The default language field.
 */
function twin_cities_render_lang_field() {
	$settings = twin_cities_get_settings();
	echo '<select id="twin_cities_lang" name="twin_cities_settings[lang]">';
	printf(
		'<option value=""%1$s>%2$s</option>',
		selected( $settings['lang'], '', false ),
		esc_html__( 'Language of the page', 'twin-cities' )
	);
	foreach ( twin_cities_languages() as $tag => $name ) {
		printf(
			'<option value="%1$s" lang="%1$s"%2$s>%3$s</option>',
			esc_attr( $tag ),
			selected( $settings['lang'], $tag, false ),
			esc_html( $name )
		);
	}
	echo '</select>';
	echo '<p class="description">' . esc_html__( 'The cards follow the language of the page unless you choose one here.', 'twin-cities' ) . '</p>';
}
