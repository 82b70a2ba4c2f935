<?php
// Run by test/wordpress/run.mjs with `php setup.php <wordpress dir> <site url> <zip>`: installs the site,
// installs the plugin's zip as Plugins > Add New > Upload Plugin does (Plugin_Upgrader), activates it, and
// has an Author (no unfiltered_html: kses filters what it saves) publish the posts. Writes what the test
// needs as JSON.
[ , $wordpress, $url, $zip ] = $argv;
// The address of the panel's site (partnership-panel site), pasted alone on a line of a post: WordPress embeds it.
$pasted = $argv[4] ?? '';
define( 'WP_INSTALLING', true );
$_SERVER['HTTP_HOST']   = parse_url( $url, PHP_URL_HOST ) . ':' . parse_url( $url, PHP_URL_PORT );
$_SERVER['REQUEST_URI'] = '/';
require $wordpress . '/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/upgrade.php';
require_once ABSPATH . 'wp-admin/includes/plugin.php';
require_once ABSPATH . 'wp-admin/includes/class-wp-upgrader.php';

$fail = function ( $what ) {
	fwrite( STDERR, $what . "\n" );
	exit( 1 );
};

wp_install( 'Test School', 'admin', 'admin@example.test', true, '', 'admin-password' );
update_option( 'siteurl', $url );
update_option( 'home', $url );

// The upload path: the same upgrader, from the zip file.
wp_set_current_user( 1 );
$upgrader  = new Plugin_Upgrader( new Automatic_Upgrader_Skin() );
$installed = $upgrader->install( $zip );
if ( true !== $installed ) {
	$fail( 'installing the zip: ' . ( is_wp_error( $installed ) ? $installed->get_error_message() : var_export( $installed, true ) ) . ' ' . implode( ' ', $upgrader->skin->get_upgrade_messages() ) );
}
$activated = activate_plugin( 'partnership-panel/partnership-panel.php' );
if ( is_wp_error( $activated ) ) {
	$fail( 'activating: ' . $activated->get_error_message() );
}

$author = wp_insert_user(
	array(
		'user_login' => 'author',
		'user_pass'  => 'author-password',
		'role'       => 'author',
		'user_email' => 'author@example.test',
	)
);
wp_set_current_user( $author );
if ( current_user_can( 'unfiltered_html' ) ) {
	$fail( 'the Author may post unfiltered HTML' );
}
$publish = function ( $title, $content ) use ( $author ) {
	return wp_insert_post(
		array(
			'post_title'   => $title,
			'post_content' => $content,
			'post_status'  => 'publish',
			'post_author'  => $author,
		),
		true
	);
};
$block = array(
	'audience'    => 'families',
	'lang'        => 'fr',
	'layout'      => 'accordion',
	'heading'     => 'Conseils pour les familles',
	'headingLevel' => 3,
	'accent'      => '#1d6b3a',
	'resources'   => array(
		array(
			'name'        => 'District family liaison',
			'phone'       => '802-555-0142',
			'href'        => 'https://example.org/liaison',
			'description' => 'Meets families at school.',
		),
	),
);
$posts = array(
	'shortcode' => $publish( 'Shortcode', '<p>Our tips:</p>[partnership_panel audience="families" lang="es" layout="accordion"]' ),
	'block'     => $publish( 'Block', '<!-- wp:partnership-panel/panel ' . wp_json_encode( $block ) . ' /-->' ),
	'hostile'   => $publish( 'Hostile', '[partnership_panel audience=\'"><script>alert(1)</script>\']' ),
	'none'      => $publish( 'No panel', '<p>Nothing here.</p>' ),
);
if ( $pasted ) {
	$posts['pasted'] = $publish( 'Pasted link', "<p>Our partnership tips:</p>\n\n$pasted\n\n<p>After the embed.</p>" );
}
foreach ( $posts as $name => $id ) {
	if ( is_wp_error( $id ) ) {
		$fail( "post $name: " . $id->get_error_message() );
	}
}

echo wp_json_encode(
	array(
		'posts'          => $posts,
		'block'          => $block,
		'stored'         => get_post( $posts['hostile'] )->post_content,
	)
);
