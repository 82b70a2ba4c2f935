<?php
// Run by test/wordpress/run.mjs with `php uninstall.php <wordpress dir> <site url>`: first gives the
// shortcode the hostile value as written (not as kses stored it), then deactivates and deletes the plugin
// as Plugins > Delete does (which runs its uninstall.php), and writes what the shortcode wrote, anything named
// after the plugin that is left and whether the plugin's folder is gone, as JSON.
[ , $wordpress, $url ] = $argv;
$_SERVER['HTTP_HOST']   = parse_url( $url, PHP_URL_HOST ) . ':' . parse_url( $url, PHP_URL_PORT );
$_SERVER['REQUEST_URI'] = '/';
require $wordpress . '/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/plugin.php';
require_once ABSPATH . 'wp-admin/includes/file.php';

$raw = do_shortcode( '[partnership_panel audience=\'"><script>alert(1)</script>\' lang="es"]' );
wp_set_current_user( 1 );
$plugin = 'partnership-panel/partnership-panel.php';
deactivate_plugins( $plugin );
$deleted = delete_plugins( array( $plugin ) );
echo wp_json_encode(
	array(
		'raw'     => $raw,
		'deleted' => true === $deleted,
		'folder'  => file_exists( WP_PLUGIN_DIR . '/partnership-panel' ),
		// Anything named after the plugin, in the options, the post, user and comment meta.
		'left'    => $GLOBALS['wpdb']->get_col(
			"SELECT option_name FROM {$GLOBALS['wpdb']->options} WHERE option_name LIKE '%partnership%'
			UNION SELECT meta_key FROM {$GLOBALS['wpdb']->postmeta} WHERE meta_key LIKE '%partnership%'
			UNION SELECT meta_key FROM {$GLOBALS['wpdb']->usermeta} WHERE meta_key LIKE '%partnership%'
			UNION SELECT meta_key FROM {$GLOBALS['wpdb']->commentmeta} WHERE meta_key LIKE '%partnership%'"
		),
	)
);
