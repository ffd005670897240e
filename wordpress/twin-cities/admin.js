/**
 * The Twin cities screen: hands the published feed to the studio, and saves what the
 * studio holds with the button below it (POST to the site's feed, with the REST nonce).
 * A plain script with no build step, like editor.js; the studio is an ES module, so
 * this waits for its element to be defined.
 */
( function () {
	'use strict';

	var data = JSON.parse( document.getElementById( 'twin-cities-admin-data' ).textContent );
	var studio = document.querySelector( 'twin-cities-studio' );
	var button = document.querySelector( 'button[name="save"]' );
	var status = document.getElementById( 'twin-cities-save-status' );

	// A copy the studio kept in this browser that holds nothing unsaved is the
	// published list or an older one: drop it before the studio (a module, so it runs
	// after this script) takes it back, so it opens on what is published.
	var key = studio.getAttribute( 'storage-key' );
	try {
		var kept = key && JSON.parse( window.localStorage.getItem( key ) || 'null' );
		if ( data.feed && kept && ( data.replace || kept.dirty === false ) ) {
			window.localStorage.removeItem( key );
		}
	} catch ( error ) {
		// Storage disabled, or not the studio's: the studio decides for itself.
	}

	customElements.whenDefined( 'twin-cities-studio' ).then( function () {
		// After its first update, the studio has taken back what it kept in the browser.
		return studio.updateComplete;
	} ).then( function () {
		// Work the studio kept from an earlier visit and never saved stays, unless the
		// editor has just restored a version.
		if ( data.feed && ( data.replace || ! studio.dirty ) ) {
			studio.feed = data.feed;
			studio.markSaved();
		}
		button.disabled = false;
	} );

	window.addEventListener( 'load', function () {
		if ( ! customElements.get( 'twin-cities-studio' ) ) {
			status.textContent = data.strings.noStudio;
		}
	} );

	function fail( reason ) {
		status.textContent = data.strings.failed.replace( '%s', reason );
		button.disabled = false;
	}

	button.addEventListener( 'click', function () {
		button.disabled = true;
		status.textContent = data.strings.saving;
		fetch( data.endpoint, {
			method: 'POST',
			credentials: 'same-origin',
			headers: { 'Content-Type': 'application/json', 'X-WP-Nonce': data.nonce },
			body: JSON.stringify( studio.feed ),
		} ).then(
			function ( response ) {
				return response.json().then(
					function ( body ) {
						if ( ! response.ok ) {
							fail( ( body && body.message ) || String( response.status ) );
							return;
						}
						studio.markSaved();
						// The server lists the versions and says that the list is published.
						window.location.assign( data.savedUrl );
					},
					function () {
						fail( String( response.status ) );
					}
				);
			},
			function () {
				fail( data.strings.offline );
			}
		);
	} );
} )();
