<?php
/**
 * The site's own feed: checked, stored as JSON text in the site's options, and kept
 * with its last saved versions so an editor can go back to one.
 *
 * Each version is its own option (`twin_cities_feed_version_ID`, not autoloaded):
 * a feed may weigh up to 1 MB, and ten of them in one option row would be read and
 * written whole at every save. `twin_cities_feed_versions` lists them, newest first;
 * the first is the published feed. Options are per site, so on a multisite each site
 * publishes its own feed.
 *
 * @package TwinCities
 */

defined( 'ABSPATH' ) || exit;

/** Largest feed accepted, in bytes of JSON. */
const TWIN_CITIES_FEED_MAX_BYTES = 1048576;

/** How many saved versions are kept. */
const TWIN_CITIES_FEED_VERSIONS = 10;

/**
 * The saved versions, newest first, each `{id, date, author, partners}` (`date` a
 * Unix time, `author` a user ID). Empty before the first save.
 *
 * @return array<int, array{id: int, date: int, author: int, partners: int}>
 */
function twin_cities_feed_versions() {
	$versions = get_option( 'twin_cities_feed_versions', array() );
	return is_array( $versions ) ? array_values( array_filter( $versions, 'is_array' ) ) : array();
}

/**
 * The JSON text of one saved version, or null when it is not kept (any more).
 *
 * @param int $id Version ID.
 * @return string|null
 */
function twin_cities_feed_version_json( $id ) {
	$json = get_option( 'twin_cities_feed_version_' . absint( $id ), null );
	return is_string( $json ) ? $json : null;
}

/**
 * The published feed as JSON text, or null before the first save.
 *
 * @return string|null
 */
function twin_cities_feed_json() {
	$versions = twin_cities_feed_versions();
	return $versions ? twin_cities_feed_version_json( $versions[0]['id'] ) : null;
}

/**
 * Reads a feed sent by an editor: JSON text of at most 1 MB holding a version-1 feed
 * whose partners each have an `id`, a `name` and a `country`. The element checks
 * every other field itself (and drops what is wrong) when it shows the feed.
 *
 * @param mixed $text Untrusted request body.
 * @return object|WP_Error The decoded feed, or why it was refused.
 */
function twin_cities_parse_feed( $text ) {
	if ( ! is_string( $text ) || '' === trim( $text ) ) {
		return new WP_Error( 'twin_cities_empty_feed', __( 'The request has no feed: send the feed as JSON.', 'twin-cities' ) );
	}
	if ( strlen( $text ) > TWIN_CITIES_FEED_MAX_BYTES ) {
		return new WP_Error( 'twin_cities_feed_too_large', __( 'The feed is larger than 1 MB.', 'twin-cities' ) );
	}
	$feed = json_decode( $text, false, 64 );
	if ( JSON_ERROR_NONE !== json_last_error() ) {
		/* translators: %s: the JSON parser's explanation, in English. */
		return new WP_Error( 'twin_cities_feed_not_json', sprintf( __( 'The feed is not valid JSON (%s).', 'twin-cities' ), json_last_error_msg() ) );
	}
	if ( ! is_object( $feed ) || ! isset( $feed->version ) || 1 !== $feed->version ) {
		return new WP_Error( 'twin_cities_feed_not_version_1', __( 'The feed must be a JSON object with "version": 1.', 'twin-cities' ) );
	}
	if ( ! isset( $feed->partners ) || ! is_array( $feed->partners ) ) {
		return new WP_Error( 'twin_cities_feed_no_partners', __( 'The feed must have a "partners" list (it may be empty).', 'twin-cities' ) );
	}
	foreach ( $feed->partners as $index => $partner ) {
		$missing = array();
		if ( ! is_object( $partner ) ) {
			$missing = array( 'id', 'name', 'country' );
		} else {
			if ( ! isset( $partner->id ) || ! is_string( $partner->id ) || '' === trim( $partner->id ) ) {
				$missing[] = 'id';
			}
			if ( ! isset( $partner->name ) || ! twin_cities_is_text( $partner->name ) ) {
				$missing[] = 'name';
			}
			if ( ! isset( $partner->country ) || ! is_string( $partner->country ) || '' === trim( $partner->country ) ) {
				$missing[] = 'country';
			}
		}
		if ( $missing ) {
			return new WP_Error(
				'twin_cities_feed_bad_partner',
				sprintf(
					/* translators: 1: position of the partner in the list, from 0, as in partners[3]; 2: field names, e.g. "id, name". */
					__( 'partners[%1$d] needs a text for: %2$s.', 'twin-cities' ),
					$index,
					implode( ', ', $missing )
				)
			);
		}
	}
	return $feed;
}

/**
 * A feed text field: a non-empty string, or an object of strings keyed by language
 * tag (a name translated into several languages) with at least one non-empty string.
 *
 * @param mixed $value Untrusted value.
 * @return bool
 */
function twin_cities_is_text( $value ) {
	if ( is_string( $value ) ) {
		return '' !== trim( $value );
	}
	if ( ! is_object( $value ) ) {
		return false;
	}
	$found = false;
	foreach ( get_object_vars( $value ) as $text ) {
		if ( ! is_string( $text ) ) {
			return false;
		}
		$found = $found || '' !== trim( $text );
	}
	return $found;
}

/**
 * Publishes a feed checked by twin_cities_parse_feed() as a new version; the oldest
 * beyond the last 10 are deleted.
 *
 * @param object $feed    Decoded feed.
 * @param int    $user_id Who saved it.
 * @return array{id: int, date: int, author: int, partners: int} The new version.
 */
function twin_cities_save_feed( $feed, $user_id ) {
	$json     = wp_json_encode( $feed, JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES | JSON_PRESERVE_ZERO_FRACTION );
	$versions = twin_cities_feed_versions();
	$last_id  = (int) get_option( 'twin_cities_feed_last_version', 0 );
	foreach ( $versions as $version ) {
		$last_id = max( $last_id, (int) $version['id'] );
	}
	$version = array(
		'id'       => $last_id + 1,
		'date'     => time(),
		'author'   => (int) $user_id,
		'partners' => count( $feed->partners ),
	);
	update_option( 'twin_cities_feed_version_' . $version['id'], $json, false );
	update_option( 'twin_cities_feed_last_version', $version['id'], false );

	array_unshift( $versions, $version );
	foreach ( array_slice( $versions, TWIN_CITIES_FEED_VERSIONS ) as $old ) {
		delete_option( 'twin_cities_feed_version_' . absint( $old['id'] ) );
	}
	update_option( 'twin_cities_feed_versions', array_slice( $versions, 0, TWIN_CITIES_FEED_VERSIONS ), false );
	return $version;
}

/**
 * Publishes an earlier version again, as a new version saved by `$user_id`.
 *
 * @param int $id      Version ID.
 * @param int $user_id Who restores it.
 * @return array|WP_Error The new version, or a 404 error when that version is not kept.
 */
function twin_cities_restore_feed( $id, $user_id ) {
	$known = false;
	foreach ( twin_cities_feed_versions() as $version ) {
		$known = $known || (int) $version['id'] === (int) $id;
	}
	$json = $known ? twin_cities_feed_version_json( $id ) : null;
	$feed = null === $json ? null : json_decode( $json );
	if ( ! is_object( $feed ) ) {
		return new WP_Error( 'twin_cities_no_version', __( 'This version is no longer kept.', 'twin-cities' ), array( 'status' => 404 ) );
	}
	return twin_cities_save_feed( $feed, $user_id );
}

/**
 * Where the site's feed is published.
 *
 * @return string
 */
function twin_cities_feed_url() {
	return rest_url( 'twin-cities/v1/feed' );
}

/**
 * The published feed as it is served: its relative URLs (`url`, `image.src`, `feed`,
 * `city.url`) written out absolute against the feed's own URL, as the element would
 * resolve them, so a copy of the feed read anywhere else means the same.
 *
 * @return object|null Null before the first save.
 */
function twin_cities_published_feed() {
	$json = twin_cities_feed_json();
	$feed = null === $json ? null : json_decode( $json );
	if ( ! is_object( $feed ) ) {
		return null;
	}
	$base = twin_cities_feed_url();
	if ( isset( $feed->city ) && is_object( $feed->city ) ) {
		twin_cities_absolute_field( $feed->city, 'url', $base );
	}
	foreach ( $feed->partners as $partner ) {
		if ( ! is_object( $partner ) ) {
			continue;
		}
		twin_cities_absolute_field( $partner, 'url', $base );
		twin_cities_absolute_field( $partner, 'feed', $base );
		if ( isset( $partner->image ) && is_object( $partner->image ) ) {
			twin_cities_absolute_field( $partner->image, 'src', $base );
		}
	}
	return $feed;
}

/**
 * Makes `$object->$key` absolute against `$base` when it is a relative URL string.
 *
 * @param object $object Part of a feed.
 * @param string $key    Field name.
 * @param string $base   Absolute URL.
 */
function twin_cities_absolute_field( $object, $key, $base ) {
	if ( ! isset( $object->$key ) || ! is_string( $object->$key ) ) {
		return;
	}
	$url = trim( $object->$key );
	// Anything with a scheme (https:, mailto:, javascript:) is left as it is: the
	// element keeps http and https only.
	if ( '' === $url || preg_match( '/^[a-z][a-z0-9+.\-]*:/i', $url ) ) {
		return;
	}
	$object->$key = WP_Http::make_absolute_url( $url, $base );
}
