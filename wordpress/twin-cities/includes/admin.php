<?php
/**
 * The "Twin cities" screen (wp-admin/admin.php?page=twin-cities): Editors and
 * Administrators build the town's list in the feed studio, import a spreadsheet or a
 * feed into it, and publish it; the last saved versions are listed and can be restored.
 *
 * @package TwinCities
 */

defined( 'ABSPATH' ) || exit;

/**
 * Adds the "Twin cities" menu: the list (edit_pages) and the settings (manage_options).
 */
function twin_cities_add_admin_menu() {
	add_menu_page(
		__( 'Twin cities', 'twin-cities' ),
		__( 'Twin cities', 'twin-cities' ),
		'edit_pages',
		'twin-cities',
		'twin_cities_render_admin_page',
		'dashicons-admin-site-alt3',
		21
	);
	add_submenu_page(
		'twin-cities',
		__( 'Twin cities', 'twin-cities' ),
		__( 'Your partner towns', 'twin-cities' ),
		'edit_pages',
		'twin-cities',
		'twin_cities_render_admin_page'
	);
	add_submenu_page(
		'twin-cities',
		__( 'Twin cities settings', 'twin-cities' ),
		__( 'Settings', 'twin-cities' ),
		'manage_options',
		'twin-cities-settings',
		'twin_cities_render_settings_page'
	);
}
add_action( 'admin_menu', 'twin_cities_add_admin_menu' );

/**
 * Registers the studio (an ES module) and the screen's script.
 */
function twin_cities_register_admin_scripts() {
	wp_register_script( 'twin-cities-studio', plugins_url( 'assets/twin-cities-studio.js', TWIN_CITIES_FILE ), array(), TWIN_CITIES_VERSION, true );
	wp_register_script( 'twin-cities-admin', plugins_url( 'admin.js', TWIN_CITIES_FILE ), array( 'twin-cities-studio' ), TWIN_CITIES_VERSION, true );
}
add_action( 'admin_init', 'twin_cities_register_admin_scripts' );

/**
 * Loads the studio and the screen's script on the Twin cities screen only.
 *
 * @param string $hook_suffix The current admin page.
 */
function twin_cities_enqueue_admin_scripts( $hook_suffix ) {
	if ( 'toplevel_page_twin-cities' === $hook_suffix ) {
		wp_enqueue_script( 'twin-cities-admin' );
		// The studio is long: its Save button stays in sight at the bottom of the window.
		wp_add_inline_style( 'common', '.twin-cities-save{position:sticky;bottom:0;z-index:1;margin:1em 0;padding:12px 0;background:#f0f0f1;border-top:1px solid #c3c4c7}' );
	}
}
add_action( 'admin_enqueue_scripts', 'twin_cities_enqueue_admin_scripts' );

/**
 * The studio's interface language: the user's, when the studio speaks it, else English.
 *
 * @return string
 */
function twin_cities_admin_language() {
	$primary = strtolower( substr( get_user_locale(), 0, 2 ) );
	return array_key_exists( $primary, twin_cities_languages() ) ? $primary : 'en';
}

/**
 * The screen. The published feed reaches the page's script as JSON (every `<`, `>`,
 * `&` and quote escaped), never as HTML.
 */
function twin_cities_render_admin_page() {
	if ( ! current_user_can( 'edit_pages' ) ) {
		wp_die( esc_html__( 'Sorry, you are not allowed to edit the list of twin cities.', 'twin-cities' ), 403 );
	}
	// phpcs:disable WordPress.Security.NonceVerification.Recommended -- only chooses which notice to show.
	$notice = isset( $_GET['twin-cities'] ) ? sanitize_key( wp_unslash( $_GET['twin-cities'] ) ) : '';
	// phpcs:enable
	$published = twin_cities_published_feed();
	$data      = array(
		'feed'     => $published,
		'replace'  => 'restored' === $notice,
		// The refusals come back in the editor's language, as in the block editor.
		'endpoint' => add_query_arg( '_locale', 'user', twin_cities_feed_url() ),
		'nonce'    => wp_create_nonce( 'wp_rest' ),
		'savedUrl' => admin_url( 'admin.php?page=twin-cities&twin-cities=saved' ),
		'strings'  => array(
			'saving'   => __( 'Saving…', 'twin-cities' ),
			/* translators: %s: why the feed was refused, e.g. "partners[2] needs a text for: name." */
			'failed'   => __( 'Not saved: %s', 'twin-cities' ),
			'offline'  => __( 'the site did not answer. Check your connection and try again.', 'twin-cities' ),
			'noStudio' => __( 'The list editor could not be loaded.', 'twin-cities' ),
		),
	);
	$json      = wp_json_encode( $data, JSON_HEX_TAG | JSON_HEX_AMP | JSON_HEX_APOS | JSON_HEX_QUOT | JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES );
	$notices   = array(
		'saved'    => __( 'Your list is saved and published.', 'twin-cities' ),
		'restored' => __( 'The version is restored and published.', 'twin-cities' ),
		'missing'  => __( 'This version is no longer kept.', 'twin-cities' ),
	);
	?>
	<div class="wrap">
		<h1><?php echo esc_html( get_admin_page_title() ); ?></h1>
		<?php if ( isset( $notices[ $notice ] ) ) : ?>
			<div class="notice <?php echo 'missing' === $notice ? 'notice-error' : 'notice-success'; ?> is-dismissible"><p><?php echo esc_html( $notices[ $notice ] ); ?></p></div>
		<?php endif; ?>
		<p><?php esc_html_e( 'Build your town\'s list of partner towns here, or import it from a spreadsheet (CSV, Excel, OpenDocument) or a feed (JSON), then save it: it is published at once for your pages and for your partner towns.', 'twin-cities' ); ?></p>
		<p>
			<?php if ( null !== $published ) : ?>
				<?php esc_html_e( 'Address of your published feed, for your partner towns:', 'twin-cities' ); ?>
				<a href="<?php echo esc_url( twin_cities_feed_url() ); ?>"><code><?php echo esc_html( twin_cities_feed_url() ); ?></code></a>
			<?php else : ?>
				<?php esc_html_e( 'Nothing is published yet: your feed will be at this address once you save:', 'twin-cities' ); ?>
				<code><?php echo esc_html( twin_cities_feed_url() ); ?></code>
			<?php endif; ?>
		</p>
		<twin-cities-studio heading-level="2" embedded lang="<?php echo esc_attr( twin_cities_admin_language() ); ?>" storage-key="<?php echo esc_attr( 'twin-cities-wordpress:' . get_current_blog_id() . ':' . get_current_user_id() ); ?>"></twin-cities-studio>
		<p class="twin-cities-save">
			<button type="button" name="save" class="button button-primary" disabled><?php esc_html_e( 'Save and publish', 'twin-cities' ); ?></button>
			<span id="twin-cities-save-status" role="status" aria-live="polite"></span>
		</p>
		<?php twin_cities_render_versions(); ?>
		<script type="application/json" id="twin-cities-admin-data"><?php echo $json; // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- JSON with <, >, & and quotes escaped. ?></script>
	</div>
	<?php
}

/**
 * The table of saved versions, each but the published one with a Restore button.
 */
function twin_cities_render_versions() {
	$versions = twin_cities_feed_versions();
	?>
	<h2><?php esc_html_e( 'Saved versions', 'twin-cities' ); ?></h2>
	<?php if ( ! $versions ) : ?>
		<p><?php esc_html_e( 'No version saved yet.', 'twin-cities' ); ?></p>
		<?php
		return;
	endif;
	?>
	<p><?php esc_html_e( 'The last 10 saved versions are kept. Restoring one publishes it again.', 'twin-cities' ); ?></p>
	<table class="widefat striped twin-cities-versions">
		<thead>
			<tr>
				<th scope="col"><?php esc_html_e( 'Saved on', 'twin-cities' ); ?></th>
				<th scope="col"><?php esc_html_e( 'By', 'twin-cities' ); ?></th>
				<th scope="col"><?php esc_html_e( 'Partners', 'twin-cities' ); ?></th>
				<th scope="col"><span class="screen-reader-text"><?php esc_html_e( 'Action', 'twin-cities' ); ?></span></th>
			</tr>
		</thead>
		<tbody>
		<?php foreach ( $versions as $index => $version ) : ?>
			<?php
			$author = get_userdata( (int) $version['author'] );
			$date   = wp_date( get_option( 'date_format' ) . ' ' . get_option( 'time_format' ), (int) $version['date'] );
			?>
			<tr data-version="<?php echo esc_attr( (string) absint( $version['id'] ) ); ?>">
				<td><?php echo esc_html( $date ); ?></td>
				<td><?php echo esc_html( $author ? $author->display_name : __( 'a deleted user', 'twin-cities' ) ); ?></td>
				<td><?php echo esc_html( number_format_i18n( (int) $version['partners'] ) ); ?></td>
				<td>
					<?php if ( 0 === $index ) : ?>
						<?php esc_html_e( 'Published', 'twin-cities' ); ?>
					<?php else : ?>
						<form method="post" action="<?php echo esc_url( admin_url( 'admin-post.php' ) ); ?>">
							<input type="hidden" name="action" value="twin_cities_restore" />
							<input type="hidden" name="version" value="<?php echo esc_attr( (string) absint( $version['id'] ) ); ?>" />
							<?php wp_nonce_field( 'twin_cities_restore' ); ?>
							<button type="submit" name="restore" class="button" aria-label="<?php /* translators: %s: date and time of the version */ echo esc_attr( sprintf( __( 'Restore the version of %s', 'twin-cities' ), $date ) ); ?>"><?php esc_html_e( 'Restore', 'twin-cities' ); ?></button>
						</form>
					<?php endif; ?>
				</td>
			</tr>
		<?php endforeach; ?>
		</tbody>
	</table>
	<?php
}

/**
 * admin-post.php?action=twin_cities_restore: publishes an earlier version again.
 */
function twin_cities_handle_restore() {
	if ( ! current_user_can( 'edit_pages' ) ) {
		wp_die( esc_html__( 'Sorry, you are not allowed to edit the list of twin cities.', 'twin-cities' ), 403 );
	}
	check_admin_referer( 'twin_cities_restore' );
	$id      = isset( $_POST['version'] ) ? absint( wp_unslash( $_POST['version'] ) ) : 0;
	$version = twin_cities_restore_feed( $id, get_current_user_id() );
	wp_safe_redirect( admin_url( 'admin.php?page=twin-cities&twin-cities=' . ( is_wp_error( $version ) ? 'missing' : 'restored' ) ) );
	exit;
}
add_action( 'admin_post_twin_cities_restore', 'twin_cities_handle_restore' );
