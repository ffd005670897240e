<?php
/**
 * Router for `php -S`: what Debian's Apache configuration does with
 * `Alias /wp-content /var/lib/wordpress/wp-content`, and what WordPress's rewrite
 * rules do (a path that is no file goes to index.php); files of the document root
 * (/usr/share/wordpress) are served as usual.
 */
$twin_cities_path = rawurldecode( (string) parse_url( $_SERVER['REQUEST_URI'], PHP_URL_PATH ) );

if ( 0 !== strpos( $twin_cities_path, '/wp-content/' ) ) {
	if ( file_exists( '/usr/share/wordpress' . $twin_cities_path ) ) {
		return false;
	}
	// What WordPress's rewrite rules do for any other path (/favicon.ico included).
	$_SERVER['SCRIPT_NAME']     = '/index.php';
	$_SERVER['SCRIPT_FILENAME'] = '/usr/share/wordpress/index.php';
	require '/usr/share/wordpress/index.php';
	return true;
}

$twin_cities_file = '/var/lib/wordpress' . $twin_cities_path;
if ( false !== strpos( $twin_cities_path, '..' ) || ! is_file( $twin_cities_file ) || preg_match( '/\.php$/i', $twin_cities_file ) ) {
	http_response_code( 404 );
	return true;
}

$twin_cities_types = array(
	'js'    => 'text/javascript; charset=utf-8',
	'json'  => 'application/json; charset=utf-8',
	'css'   => 'text/css; charset=utf-8',
	'svg'   => 'image/svg+xml',
	'png'   => 'image/png',
	'jpg'   => 'image/jpeg',
	'webp'  => 'image/webp',
	'woff2' => 'font/woff2',
	'woff'  => 'font/woff',
	'ttf'   => 'font/ttf',
);
$twin_cities_ext = strtolower( pathinfo( $twin_cities_file, PATHINFO_EXTENSION ) );
header( 'Content-Type: ' . ( isset( $twin_cities_types[ $twin_cities_ext ] ) ? $twin_cities_types[ $twin_cities_ext ] : 'application/octet-stream' ) );
header( 'Content-Length: ' . filesize( $twin_cities_file ) );
readfile( $twin_cities_file );
return true;
