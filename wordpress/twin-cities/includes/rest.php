<?php
/**
 * `/wp-json/twin-cities/v1/feed`: the site's feed, public for every partner town to
 * read (any origin, cacheable), and written only by users who can edit pages.
 *
 * @package TwinCities
 */

defined( 'ABSPATH' ) || exit;

/**
 * Registers the routes.
 */
function twin_cities_register_routes() {
	register_rest_route(
		'twin-cities/v1',
		'/feed',
		array(
			array(
				'methods'             => WP_REST_Server::READABLE,
				'callback'            => 'twin_cities_rest_get_feed',
				'permission_callback' => '__return_true',
			),
			array(
				'methods'             => WP_REST_Server::CREATABLE,
				'callback'            => 'twin_cities_rest_save_feed',
				'permission_callback' => 'twin_cities_can_edit_feed',
			),
		)
	);
	register_rest_route(
		'twin-cities/v1',
		'/feed/versions',
		array(
			'methods'             => WP_REST_Server::READABLE,
			'callback'            => 'twin_cities_rest_versions',
			'permission_callback' => 'twin_cities_can_edit_feed',
		)
	);
	register_rest_route(
		'twin-cities/v1',
		'/feed/versions/(?P<id>\d+)/restore',
		array(
			'methods'             => WP_REST_Server::CREATABLE,
			'callback'            => 'twin_cities_rest_restore',
			'permission_callback' => 'twin_cities_can_edit_feed',
		)
	);
}
add_action( 'rest_api_init', 'twin_cities_register_routes' );

/**
 * Who may change the site's feed: Editors and Administrators, as for pages.
 *
 * @return bool
 */
function twin_cities_can_edit_feed() {
	return current_user_can( 'edit_pages' );
}

/**
 * GET: the feed, with an ETag; 304 when the client has it already.
 *
 * @param WP_REST_Request $request The request.
 * @return WP_REST_Response|WP_Error
 */
function twin_cities_rest_get_feed( $request ) {
	$feed = twin_cities_published_feed();
	if ( null === $feed ) {
		return new WP_Error( 'twin_cities_no_feed', __( 'This site has not published its twin cities yet.', 'twin-cities' ), array( 'status' => 404 ) );
	}
	$etag  = '"' . md5( wp_json_encode( $feed ) ) . '"';
	$match = (string) $request->get_header( 'if_none_match' );
	$known = array_map(
		function ( $tag ) {
			return preg_replace( '/^W\//', '', trim( $tag ) );
		},
		explode( ',', $match )
	);
	$response = in_array( $etag, $known, true ) || '*' === trim( $match )
		? new WP_REST_Response( null, 304 )
		: new WP_REST_Response( $feed, 200 );
	$response->header( 'ETag', $etag );
	$response->header( 'Cache-Control', 'public, max-age=300' );
	$response->header( 'Content-Type', 'application/json; charset=utf-8' );
	return $response;
}

/**
 * POST: publishes the feed in the request body.
 *
 * @param WP_REST_Request $request The request.
 * @return WP_REST_Response|WP_Error
 */
function twin_cities_rest_save_feed( $request ) {
	$feed = twin_cities_parse_feed( $request->get_body() );
	if ( is_wp_error( $feed ) ) {
		$feed->add_data( array( 'status' => 400 ) );
		return $feed;
	}
	$version = twin_cities_save_feed( $feed, get_current_user_id() );
	return new WP_REST_Response( twin_cities_rest_saved( $version ), 200 );
}

/**
 * POST: publishes an earlier version again.
 *
 * @param WP_REST_Request $request The request.
 * @return WP_REST_Response|WP_Error
 */
function twin_cities_rest_restore( $request ) {
	$version = twin_cities_restore_feed( (int) $request['id'], get_current_user_id() );
	return is_wp_error( $version ) ? $version : new WP_REST_Response( twin_cities_rest_saved( $version ), 200 );
}

/**
 * GET: the saved versions, newest first.
 *
 * @return WP_REST_Response
 */
function twin_cities_rest_versions() {
	return new WP_REST_Response( array_map( 'twin_cities_rest_version', twin_cities_feed_versions() ), 200 );
}

/**
 * What a save answers: where the feed is, the new version and all kept versions.
 *
 * @param array $version The version just saved.
 * @return array
 */
function twin_cities_rest_saved( $version ) {
	return array(
		'feed'     => twin_cities_feed_url(),
		'version'  => twin_cities_rest_version( $version ),
		'versions' => array_map( 'twin_cities_rest_version', twin_cities_feed_versions() ),
	);
}

/**
 * One version for the REST API: dates in ISO 8601 (UTC), the author's display name.
 *
 * @param array $version Stored version.
 * @return array
 */
function twin_cities_rest_version( $version ) {
	$author = get_userdata( (int) $version['author'] );
	return array(
		'id'       => (int) $version['id'],
		'date'     => gmdate( 'c', (int) $version['date'] ),
		'author'   => $author ? $author->display_name : '',
		'partners' => (int) $version['partners'],
	);
}

/**
 * The feed is public data for any site: `Access-Control-Allow-Origin: *`, without
 * the credentials that WordPress's own CORS headers (sent just before) allow.
 *
 * @param bool             $served  Whether the request was already served.
 * @param WP_HTTP_Response $result  The response.
 * @param WP_REST_Request  $request The request.
 * @return bool
 */
function twin_cities_public_cors( $served, $result, $request ) {
	if ( '/twin-cities/v1/feed' === $request->get_route() && in_array( $request->get_method(), array( 'GET', 'HEAD' ), true ) && ! headers_sent() ) {
		header( 'Access-Control-Allow-Origin: *' );
		header_remove( 'Access-Control-Allow-Credentials' );
		// A logged-in reader would get WordPress's no-cache headers: the feed is the same for all.
		add_filter( 'rest_send_nocache_headers', '__return_false' );
	}
	return $served;
}
add_filter( 'rest_pre_serve_request', 'twin_cities_public_cors', 20, 3 );
