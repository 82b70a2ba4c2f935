<?php
/**
 * Uninstall: the plugin stores nothing (no option, no table, no user or post meta, no transient, no
 * file outside its folder); a block or shortcode already in a post stays there as text. So there is
 * nothing to remove, and this file says so, for WordPress and for whoever reads the plugin.
 *
 * @package partnership-panel
 */

defined( 'WP_UNINSTALL_PLUGIN' ) || exit;
