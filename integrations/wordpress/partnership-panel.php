<?php
/**
 * Plugin Name:       Partnership tips panel
 * Plugin URI:        https://github.com/partnership-panel/partnership-panel#wordpress
 * Description:       The fact sheet "Building Winning Partnerships" (Vermont Family Network) as a block and a shortcode, [partnership_panel], that any editor or author can place. Its script is served from your own site.
 * Version:           0.1.0
 * Requires at least: 6.1
 * Requires PHP:      7.4
 * Author:            partnership-panel contributors
 * License:           MIT (the code); the fact sheet's text is Vermont Family Network's, see LICENSE
 * License URI:       https://github.com/partnership-panel/partnership-panel/blob/main/LICENSE
 * Text Domain:       partnership-panel
 *
 * @package partnership-panel
 */

defined( 'ABSPATH' ) || exit;

define( 'PARTNERSHIP_PANEL_VERSION', '0.1.0' );

require_once __DIR__ . '/includes/plain-html.php';

/** The languages that come as add-on scripts (assets/lang/<code>.js); the others are in the bundle. */
function partnership_panel_add_on_languages() {
	$codes = array();
	foreach ( glob( __DIR__ . '/assets/lang/*.js' ) as $file ) {
		$codes[] = basename( $file, '.js' );
	}
	return $codes;
}

/** Registers the scripts (from the plugin's own folder), the block and the shortcode. */
function partnership_panel_register() {
	$assets = plugins_url( 'assets/', __FILE__ );
	wp_register_script( 'partnership-panel', $assets . 'partnership-panel.js', array(), PARTNERSHIP_PANEL_VERSION, true );
	$languages = array();
	foreach ( partnership_panel_add_on_languages() as $code ) {
		wp_register_script( "partnership-panel-lang-$code", $assets . "lang/$code.js", array(), PARTNERSHIP_PANEL_VERSION, true );
		$languages[] = "partnership-panel-lang-$code";
	}

	// The editor: plain JavaScript against WordPress's globals, and the bundle, so the preview is the card.
	wp_register_script(
		'partnership-panel-block-editor',
		plugins_url( 'block/editor.js', __FILE__ ),
		array_merge(
			array( 'wp-blocks', 'wp-block-editor', 'wp-components', 'wp-element', 'wp-i18n', 'wp-server-side-render', 'partnership-panel' ),
			$languages
		),
		PARTNERSHIP_PANEL_VERSION,
		true
	);
	wp_add_inline_script( 'partnership-panel-block-editor', 'window.partnershipPanelBlock = ' . wp_json_encode( partnership_panel_editor_data() ) . ';', 'before' );

	register_block_type(
		__DIR__ . '/block',
		array(
			'attributes'      => partnership_panel_block_attributes(),
			'render_callback' => 'partnership_panel_render_block',
		)
	);
	add_shortcode( 'partnership_panel', 'partnership_panel_shortcode' );
}
add_action( 'init', 'partnership_panel_register' );

/** Inside the element, WordPress must not turn the fallback's quotes and dashes into typographic ones. */
function partnership_panel_no_texturize( $tags ) {
	return array_merge( $tags, array_values( partnership_panel_elements() ) );
}
add_filter( 'no_texturize_tags', 'partnership_panel_no_texturize' );

/**
 * The block's attributes, from the attribute data (block.json lists none): each attribute the plugin
 * offers by its option name, a boolean or integer as such and any other as a string, with its default
 * where it has one; and the editor's own resources, with the resource fields.
 */
function partnership_panel_block_attributes() {
	$types      = array(
		'boolean' => 'boolean',
		'integer' => 'integer',
	);
	$attributes = array();
	foreach ( partnership_panel_rules() as $name => $rule ) {
		$attributes[ $name ] = array( 'type' => $types[ $rule['kind'] ] ?? 'string' );
		if ( isset( $rule['default'] ) ) {
			$attributes[ $name ]['default'] = $rule['default'];
		}
	}
	$fields = array();
	foreach ( partnership_panel_data()['resourceFields'] as $field ) {
		$fields[ $field['name'] ] = array( 'type' => 'string' );
	}
	$attributes['resources'] = array(
		'type'    => 'array',
		'default' => array(),
		'items'   => array(
			'type'       => 'object',
			'properties' => $fields,
		),
	);
	return $attributes;
}

/**
 * What the block's settings offer: the languages (by their own names), the sections in English (with
 * how many tips each has), and each attribute's rule (its kind, values, range and default).
 */
function partnership_panel_editor_data() {
	$names     = array(
		'en' => 'English',
		'es' => 'Español',
		'ar' => 'العربية',
		'fr' => 'Français',
		'ne' => 'नेपाली',
		'sw' => 'Kiswahili',
		'vi' => 'Tiếng Việt',
		'zh' => '中文（简体）',
	);
	$languages = array();
	foreach ( partnership_panel_languages() as $code ) {
		$languages[] = array(
			'value' => $code,
			'label' => $names[ $code ] ?? $code,
		);
	}
	$sections = array();
	foreach ( partnership_panel_content( 'en' )['audiences'] as $audience ) {
		foreach ( $audience['sections'] as $section ) {
			$sections[] = array(
				'id'       => $section['id'],
				'heading'  => $section['heading'],
				'audience' => $audience['id'],
				'tips'     => count( $section['tips'] ),
			);
		}
	}
	$attributes = array();
	foreach ( partnership_panel_rules() as $name => $rule ) {
		$attributes[ $name ] = array_intersect_key( $rule, array_flip( array( 'kind', 'values', 'min', 'max', 'default' ) ) );
	}
	return array(
		'languages'  => $languages,
		'sections'   => $sections,
		'attributes' => $attributes,
	);
}

/** The site's language, where there is content for it (en_US is en); else none. */
function partnership_panel_site_language() {
	$key = partnership_panel_language_key( determine_locale() );
	return in_array( $key, partnership_panel_languages(), true ) ? $key : null;
}

/**
 * The element for the options, every value checked against the elements' own allowed values (a value
 * they would refuse is left out, so the element shows its default and the console stays quiet), with
 * the panel as plain HTML inside it, which the page shows until the script has run and where it cannot.
 * Enqueues the bundle, and the add-on script of the language the panel speaks.
 *
 * @param array  $options  renderPanel's options (see partnership_panel_check()).
 * @param string $wrapper  Attributes for the element from WordPress (a block's class), already escaped.
 */
function partnership_panel_element( $options, $wrapper = '' ) {
	$options  = partnership_panel_check( $options )['options'];
	$element  = $options['element'] ?? 'panel';
	$tag      = partnership_panel_elements()[ $element ];
	$fallback = $options;
	// Without a lang of its own the element speaks the page's language; so does the text inside it.
	if ( ! isset( $options['lang'] ) && partnership_panel_site_language() ) {
		$fallback['lang'] = partnership_panel_site_language();
	}
	$language = partnership_panel_language_key( $fallback['lang'] ?? 'en' );
	if ( wp_script_is( "partnership-panel-lang-$language", 'registered' ) ) {
		wp_enqueue_script( "partnership-panel-lang-$language" );
	}
	wp_enqueue_script( 'partnership-panel' );

	$html = '<' . $tag . ( $wrapper ? ' ' . $wrapper : '' );
	foreach ( partnership_panel_rules() as $name => $rule ) {
		if ( true === ( $options[ $name ] ?? null ) ) {
			$html .= ' ' . $rule['name'];
		} elseif ( isset( $options[ $name ] ) ) {
			$html .= ' ' . $rule['name'] . '="' . esc_attr( $options[ $name ] ) . '"';
		}
	}
	$html .= '>';
	foreach ( $options['resources'] ?? array() as $resource ) {
		$html .= '<partnership-resource';
		foreach ( $resource as $field => $value ) {
			$html .= ' ' . $field . '="' . ( 'href' === $field ? esc_url( $value ) : esc_attr( $value ) ) . '"';
		}
		$html .= '></partnership-resource>';
	}
	return $html . partnership_panel_plain_html( $fallback ) . '</' . $tag . '>';
}

/**
 * The block's attributes as options: empty ones, and those at their default (which WordPress fills in),
 * are not given, so the element carries only what the editor chose.
 */
function partnership_panel_render_block( $attributes ) {
	$options = array();
	foreach ( array_merge( array_keys( partnership_panel_rules() ), array( 'resources' ) ) as $name ) {
		$value   = $attributes[ $name ] ?? null;
		$default = partnership_panel_default( $name );
		$empty   = null === $value || '' === $value || 0 === $value || false === $value || array() === $value;
		if ( ! $empty && ( null === $default || (string) $default !== (string) $value ) ) {
			$options[ $name ] = $value;
		}
	}
	return partnership_panel_element( $options, get_block_wrapper_attributes() );
}

/**
 * [partnership_panel audience="families" lang="es" layout="accordion"]: the element's attributes, by
 * their names (heading-level or heading_level), and element="tips" or "resources" for those elements.
 * A boolean is given by its name alone ([partnership_panel open]) or as "true"/"false".
 */
function partnership_panel_shortcode( $atts ) {
	$given = array();
	foreach ( (array) $atts as $key => $value ) {
		// A name alone is a positional attribute: [partnership_panel open].
		$name           = str_replace( '_', '-', strtolower( is_int( $key ) ? (string) $value : $key ) );
		$given[ $name ] = is_int( $key ) ? true : $value;
	}
	// The attributes by their names, and the options they stand for (renderPanel's).
	$names = array( 'element' => 'element' );
	foreach ( partnership_panel_rules() as $name => $rule ) {
		$names[ $rule['name'] ] = $name;
	}
	$atts    = shortcode_atts( array_fill_keys( array_keys( $names ), null ), $given, 'partnership_panel' );
	$options = array();
	foreach ( $atts as $name => $value ) {
		if ( null !== $value ) {
			$options[ $names[ $name ] ] = $value;
		}
	}
	foreach ( partnership_panel_rules() as $name => $rule ) {
		if ( 'boolean' === $rule['kind'] && isset( $options[ $name ] ) ) {
			$options[ $name ] = true === $options[ $name ] || in_array( strtolower( trim( $options[ $name ] ) ), array( '', '1', 'true', 'yes', 'on' ), true );
		}
	}
	return partnership_panel_element( $options );
}
