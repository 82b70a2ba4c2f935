<?php
// Runs the WordPress plugin's PHP renderer (integrations/wordpress/includes/plain-html.php) on each
// configuration of a JSON list on standard input, with plain PHP, the repository's content/ and the
// attribute data the build writes (dist/attributes.json), and writes for each what it kept, what it
// left out and the plain HTML, as a JSON list.
define( 'ABSPATH', __DIR__ . '/' );
define( 'PARTNERSHIP_PANEL_CONTENT_DIR', dirname( __DIR__, 3 ) . '/content/' );
define( 'PARTNERSHIP_PANEL_ATTRIBUTES_FILE', dirname( __DIR__, 3 ) . '/dist/attributes.json' );
require dirname( __DIR__, 3 ) . '/integrations/wordpress/includes/plain-html.php';

$out = array();
foreach ( json_decode( stream_get_contents( STDIN ), true ) as $options ) {
	$checked = partnership_panel_check( $options );
	$out[]   = array(
		'options' => (object) $checked['options'],
		'dropped' => $checked['dropped'],
		'html'    => partnership_panel_plain_html( $options ),
	);
}
echo json_encode( $out, JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES );
