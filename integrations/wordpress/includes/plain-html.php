<?php
/**
 * The panel as plain HTML, written by PHP: the twin of src/internal/plain-html.ts (what
 * `renderPanel({ format: 'html' })` returns), so that the text of the panel is in the page without
 * JavaScript and for search engines. It reads the plugin's copies of content/<lang>.json, and checks the
 * options by the attribute rules of attributes.json (dist/attributes.json, written by the build from
 * src/core/attributes.ts): which attributes there are, and what each accepts, is not written here.
 *
 * test/node/wordpress-plain-html.test.mjs runs this file on many configurations and checks that its
 * output equals renderPanel's byte for byte, and that it keeps and drops the same values as the elements.
 * Keep the two in step: each function here is named after the one it mirrors.
 *
 * No WordPress function is used here (the test runs it with plain PHP). Text is escaped as the
 * TypeScript escapes it (&, <, > and ", always), not with esc_html(), which leaves an entity that is
 * already in a value unescaped and would show "&amp;" as "&".
 *
 * @package partnership-panel
 */

defined( 'ABSPATH' ) || exit;

defined( 'PARTNERSHIP_PANEL_CONTENT_DIR' ) || define( 'PARTNERSHIP_PANEL_CONTENT_DIR', dirname( __DIR__ ) . '/content/' );
/** The attribute rules as data: dist/attributes.json, which the build writes from src/core/attributes.ts. */
defined( 'PARTNERSHIP_PANEL_ATTRIBUTES_FILE' ) || define( 'PARTNERSHIP_PANEL_ATTRIBUTES_FILE', dirname( __DIR__ ) . '/attributes.json' );

/** A phone number as people write it (src/internal/urls.ts PHONE). */
const PARTNERSHIP_PANEL_PHONE = '/^(?=(\D*\d){3})\+?[0-9(][0-9 ().-]{2,30}$/D';
/** JavaScript's white space (String.prototype.trim, \s): Unicode's spaces and line ends. */
const PARTNERSHIP_PANEL_SPACE = '\x{0009}-\x{000D}\x{0020}\x{00A0}\x{1680}\x{2000}-\x{200A}\x{2028}\x{2029}\x{202F}\x{205F}\x{3000}\x{FEFF}';

/** HTML text: &, <, > and " escaped (plain-html.ts escape). */
function partnership_panel_escape( $value ) {
	return htmlspecialchars( (string) $value, ENT_COMPAT | ENT_SUBSTITUTE | ENT_HTML5, 'UTF-8', true );
}

/** Whether a value is text (a string of valid UTF-8, as every JavaScript string is). */
function partnership_panel_is_text( $value ) {
	return is_string( $value ) && 1 === preg_match( '//u', $value );
}

/** String.prototype.trim(). */
function partnership_panel_trim( $value ) {
	return preg_replace( '/^[' . PARTNERSHIP_PANEL_SPACE . ']+|[' . PARTNERSHIP_PANEL_SPACE . ']+$/uD', '', $value );
}

/** toLowerCase() where it matters: ASCII, and the Kelvin sign, whose lower case is an ASCII k. */
function partnership_panel_lower( $value ) {
	return strtolower( str_replace( "\u{212A}", 'k', $value ) );
}

/** A string's length in UTF-16 code units, as JavaScript counts it. */
function partnership_panel_length( $value ) {
	return preg_match_all( '/./su', $value ) + preg_match_all( '/[\x{10000}-\x{10FFFF}]/u', $value );
}

/** The attribute data: the elements by name, the attributes' rules, the fields of an editor's resource. */
function partnership_panel_data() {
	static $data = null;
	if ( null === $data ) {
		// phpcs:ignore WordPress.WP.AlternativeFunctions.file_get_contents_file_get_contents -- a file of the plugin's own.
		$data = json_decode( file_get_contents( PARTNERSHIP_PANEL_ATTRIBUTES_FILE ), true );
	}
	return $data;
}

/** The elements' tags by element name: panel, tips, resources. */
function partnership_panel_elements() {
	return partnership_panel_data()['elements'];
}

/**
 * The rules of the attributes the plugin offers, by option name (the element property, renderPanel's
 * option), in the order an editor would write them: every one but a `url` (`src`), since the plugin
 * ships the content itself and the plain HTML could not show what a browser would fetch.
 */
function partnership_panel_rules() {
	static $rules = null;
	if ( null === $rules ) {
		$rules = array();
		foreach ( partnership_panel_data()['attributes'] as $rule ) {
			if ( 'url' !== $rule['kind'] ) {
				$rules[ $rule['property'] ] = $rule;
			}
		}
	}
	return $rules;
}

/** An attribute's default by option name, or null where it has none. */
function partnership_panel_default( $name ) {
	return partnership_panel_rules()[ $name ]['default'] ?? null;
}

/** The content file a language tag uses: its primary subtag, none for Traditional Chinese (content.ts languageKey). */
function partnership_panel_language_key( $lang ) {
	$parts       = preg_split( '/[-_]/', partnership_panel_lower( partnership_panel_trim( $lang ) ) );
	$primary     = array_shift( $parts );
	$traditional = ! in_array( 'hans', $parts, true ) && array_intersect( array( 'hant', 'tw', 'hk', 'mo' ), $parts );
	return 'zh' === $primary && $traditional ? null : $primary;
}

/** The languages there is content for, by code (content/<lang>.json). */
function partnership_panel_languages() {
	static $languages = null;
	if ( null === $languages ) {
		$languages = array();
		foreach ( glob( PARTNERSHIP_PANEL_CONTENT_DIR . '*.json' ) as $file ) {
			if ( preg_match( '/^([a-z]{2,3})\.json$/', basename( $file ), $m ) ) {
				$languages[] = $m[1];
			}
		}
	}
	return $languages;
}

/**
 * The content for a language code, as the elements have it: a translation's fields over the English
 * content's, and each object's fields over the English object's (check-content.ts checkContent).
 */
function partnership_panel_content( $key ) {
	static $cache = array();
	if ( ! isset( $cache[ $key ] ) ) {
		$read = function ( $code ) {
			// phpcs:ignore WordPress.WP.AlternativeFunctions.file_get_contents_file_get_contents -- a file of the plugin's own.
			return json_decode( file_get_contents( PARTNERSHIP_PANEL_CONTENT_DIR . $code . '.json' ), true );
		};
		$english = $read( 'en' );
		$content = $english;
		if ( 'en' !== $key ) {
			foreach ( $read( $key ) as $field => $value ) {
				$own_object        = is_array( $value ) && array_keys( $value ) !== range( 0, count( $value ) - 1 );
				$content[ $field ] = $own_object && isset( $english[ $field ] ) ? array_merge( $english[ $field ], $value ) : $value;
			}
		}
		$cache[ $key ] = $content;
	}
	return $cache[ $key ];
}

/** Every section id of the content, in reading order (content.ts sectionIds). */
function partnership_panel_section_ids( $content ) {
	$ids = array();
	foreach ( $content['audiences'] as $audience ) {
		foreach ( $audience['sections'] as $section ) {
			$ids[] = $section['id'];
		}
	}
	return $ids;
}

/** Fills {name} placeholders; unknown ones stay as written (content.ts format). */
function partnership_panel_format( $template, $values ) {
	return preg_replace_callback(
		'/\{(\w+)\}/',
		function ( $m ) use ( $values ) {
			return array_key_exists( $m[1], $values ) ? $values[ $m[1] ] : $m[0];
		},
		$template
	);
}

/** tel: keeps only the digits and a leading + (urls.ts telHref). */
function partnership_panel_tel_href( $phone ) {
	$plus = 0 === strpos( partnership_panel_trim( $phone ), '+' ) ? '+' : '';
	return 'tel:' . $plus . preg_replace( '/\D/', '', $phone );
}

/**
 * The absolute URL of a link the panel may render (http, https, tel:, mailto:), as the browser's URL
 * parser writes it, else null (urls.ts safeLink, on a server: relative links are dropped). Stricter than
 * the parser: it takes the plain ASCII addresses people write and drops the rest rather than guess how a
 * browser would rewrite them (an address with a space, a quote, a non-ASCII letter, "." or ".." in its
 * path, an IP address, a user name, or an empty port).
 */
function partnership_panel_safe_link( $value ) {
	if ( ! partnership_panel_is_text( $value ) ) {
		return null;
	}
	$value = partnership_panel_trim( $value );
	$chars = '[!#$%&()*+,\-.\/0-9:;=?@A-Z_a-z~]';
	if ( preg_match( '/^(mailto|tel):(?!\/)(' . $chars . '+)$/iD', $value, $m ) ) {
		return strtolower( $m[1] ) . ':' . $m[2];
	}
	$web = '/^(https?):\/\/([a-z0-9-]+(?:\.[a-z0-9-]+)*\.?)(?::(\d{1,5}))?([\/?#]' . $chars . '*)?$/iD';
	if ( ! preg_match( $web, $value, $m ) ) {
		return null;
	}
	$scheme = strtolower( $m[1] );
	$host   = strtolower( $m[2] );
	$labels = explode( '.', rtrim( $host, '.' ) );
	// A host ending in a number is an IPv4 address to the parser, and a punycode label must be valid.
	if ( preg_match( '/^(\d+|0x[0-9a-f]*)$/', end( $labels ) ) || preg_match( '/(^|\.)xn--/', $host ) ) {
		return null;
	}
	$port = '';
	if ( isset( $m[3] ) && '' !== $m[3] ) {
		$number = (int) $m[3];
		if ( $number > 65535 ) {
			return null;
		}
		$port = ( 'http' === $scheme ? 80 : 443 ) === $number ? '' : ':' . $number;
	}
	$rest = $m[4] ?? '';
	$path = preg_split( '/[?#]/', $rest, 2 )[0];
	foreach ( explode( '/', $path ) as $segment ) {
		if ( preg_match( '/^(\.|%2e){1,2}$/i', $segment ) ) {
			return null;
		}
	}
	return $scheme . '://' . $host . $port . ( '' === $path ? '/' : '' ) . $rest;
}

/**
 * The options checked as the elements check their attributes, each by its rule in the attribute data
 * (configure.ts read): a value an element would refuse (and warn about) is left out, so the element
 * shows its default and says nothing; a keyword is written as the element reads it (trimmed, lower
 * case). Returns the options kept and the names of those left out.
 *
 * Options are named as renderPanel's (the attributes' `property`), with `element` and `resources` (a
 * list of the resource fields). Booleans are PHP booleans; every other value is a string (or a number).
 */
function partnership_panel_check( $options ) {
	$kept    = array();
	$dropped = array();

	// Which element: as renderPanel takes it, exactly (it is an option, not an attribute).
	if ( isset( $options['element'] ) ) {
		if ( is_string( $options['element'] ) && isset( partnership_panel_elements()[ $options['element'] ] ) ) {
			$kept['element'] = $options['element'];
		} else {
			$dropped[] = 'element';
		}
	}
	$element = $kept['element'] ?? 'panel';

	// The attributes the element takes, by their rules; the sections last, since they are checked
	// against the content of the language kept, and against the audience.
	$rules = array();
	foreach ( partnership_panel_rules() as $name => $rule ) {
		if ( in_array( $element, $rule['elements'], true ) ) {
			$rules[ $name ] = $rule;
		}
	}
	$last  = array_filter(
		$rules,
		function ( $rule ) {
			return 'sections' === $rule['kind'];
		}
	);
	$rules = array_diff_key( $rules, $last ) + $last;
	foreach ( $rules as $name => $rule ) {
		$value = $options[ $name ] ?? null;
		if ( 'boolean' === $rule['kind'] ) {
			if ( ! empty( $value ) ) {
				$kept[ $name ] = true;
			}
			continue;
		}
		// Text (a number is its text), or absent; false stands for what is no text, which no attribute can be.
		if ( is_int( $value ) ) {
			$value = (string) $value;
		}
		if ( null === $value ) {
			continue;
		}
		$lang    = $kept['lang'] ?? null;
		$content = partnership_panel_content( $lang ? partnership_panel_language_key( $lang ) : 'en' );
		$checked = partnership_panel_check_value( $rule, partnership_panel_is_text( $value ) ? $value : false, $content );
		if ( false === $checked ) {
			$dropped[] = $name;
		} elseif ( is_array( $checked ) ) {
			// Sections: unknown ids are left out; sections all outside the chosen audience would show
			// nothing, so the element shows the audience whole (configure.ts configure).
			$audience = $kept['audience'] ?? partnership_panel_default( 'audience' );
			foreach ( $content['audiences'] as $group ) {
				if ( 'all' !== $audience && $group['id'] !== $audience ) {
					continue;
				}
				foreach ( $group['sections'] as $section ) {
					if ( in_array( $section['id'], $checked['known'], true ) ) {
						$kept[ $name ] = implode( ',', $checked['known'] );
						break 2;
					}
				}
			}
			if ( $checked['unknown'] || ( $checked['known'] && ! isset( $kept[ $name ] ) ) ) {
				$dropped[] = $name;
			}
		} elseif ( null !== $checked ) {
			$kept[ $name ] = $checked;
		}
	}

	// The editor's own resources (check-content.ts checkResources): a name is required; a bad phone or
	// link is left out of its resource; the panel and <partnership-resources> only.
	if ( ! empty( $options['resources'] ) && is_array( $options['resources'] ) ) {
		if ( 'tips' === $element ) {
			$dropped[] = 'resources';
		} else {
			$kept['resources'] = array();
			foreach ( $options['resources'] as $raw ) {
				$resource = partnership_panel_check_resource( is_array( $raw ) ? $raw : array(), $dropped );
				if ( $resource ) {
					$kept['resources'][] = $resource;
				}
			}
			if ( ! $kept['resources'] ) {
				unset( $kept['resources'] );
			}
		}
	}
	return array(
		'options' => $kept,
		'dropped' => array_values( array_unique( $dropped ) ),
	);
}

/**
 * One value read by its rule's kind: the value to keep, null to keep none (the element's default, and
 * nothing said), or false to leave it out as one the element would refuse. $value is text, or false for
 * what is no text. Sections give the ids known (in $content) and unknown, for the check of the audience.
 */
function partnership_panel_check_value( $rule, $value, $content ) {
	$trimmed = false === $value ? '' : partnership_panel_trim( $value );
	switch ( $rule['kind'] ) {
		case 'keyword':
			$key = partnership_panel_lower( $trimmed );
			return in_array( $key, $rule['values'], true ) ? $key : false;
		case 'integer':
			$ok = preg_match( '/^\d+$/D', $trimmed ) && (int) $trimmed >= $rule['min'] && (int) $trimmed <= $rule['max'];
			return $ok ? (string) (int) $trimmed : false;
		case 'text':
			// Any text; blank is the content's own.
			return false === $value ? false : ( '' === $trimmed ? null : $trimmed );
		case 'language':
			// Any tag whose content there is (es-MX uses es), kept as written; empty is no language.
			if ( '' === $value ) {
				return null;
			}
			$key = false === $value ? null : partnership_panel_language_key( $value );
			return $key && in_array( $key, partnership_panel_languages(), true ) ? $trimmed : false;
		case 'colour':
			// A hex colour: the element takes any CSS colour, but only a browser can check the others.
			if ( '' === $value ) {
				return null;
			}
			return false !== $value && preg_match( '/^#([0-9a-f]{3}|[0-9a-f]{6})$/iD', $trimmed ) ? partnership_panel_lower( $trimmed ) : false;
		case 'sections':
			// Ids separated by commas or white space, in any case (configure.ts read); none known is every section.
			if ( false === $value ) {
				return false;
			}
			$ids = array_filter( preg_split( '/[' . PARTNERSHIP_PANEL_SPACE . ',]+/u', partnership_panel_lower( $value ) ), 'strlen' );
			return array(
				'known'   => array_values( array_intersect( $ids, partnership_panel_section_ids( $content ) ) ),
				'unknown' => array_values( array_diff( $ids, partnership_panel_section_ids( $content ) ) ),
			);
		default:
			// A kind this plugin does not know yet: left out, so the element shows its default.
			return false;
	}
}

/** One of the editor's resources checked, or null when it has no name; what is left out is named in $dropped. */
function partnership_panel_check_resource( $raw, &$dropped ) {
	$resource = array();
	foreach ( array_column( partnership_panel_data()['resourceFields'], 'name' ) as $field ) {
		$value = $raw[ $field ] ?? '';
		if ( '' === $value ) {
			continue;
		}
		$ok = partnership_panel_is_text( $value ) && '' !== partnership_panel_trim( $value ) && partnership_panel_length( $value ) <= 2000;
		if ( $ok && 'href' === $field ) {
			$value = partnership_panel_safe_link( $value );
			$ok    = null !== $value;
		} elseif ( $ok ) {
			$value = partnership_panel_trim( $value );
			$ok    = 'phone' !== $field || preg_match( PARTNERSHIP_PANEL_PHONE, $value );
		}
		if ( $ok ) {
			$resource[ $field ] = $value;
		} else {
			$dropped[] = "resources.$field";
		}
	}
	if ( isset( $resource['name'] ) ) {
		return $resource;
	}
	if ( $raw ) {
		$dropped[] = 'resources.name';
	}
	return null;
}

/** An element: its attributes (escaped) and its content (already HTML). */
function partnership_panel_el( $tag, $attributes, ...$content ) {
	$out = '<' . $tag;
	foreach ( $attributes as $name => $value ) {
		if ( null !== $value ) {
			$out .= ' ' . $name . '="' . partnership_panel_escape( $value ) . '"';
		}
	}
	return $out . '>' . implode( '', $content ) . '</' . $tag . '>';
}

/** Text in another language than the content's, marked with its own. */
function partnership_panel_foreign( $content, $text, $lang = null ) {
	return $lang && $lang !== $content['lang']
		? partnership_panel_el( 'span', array( 'lang' => $lang ), partnership_panel_escape( $text ) )
		: partnership_panel_escape( $text );
}

/** A label with {placeholders} filled by HTML; the label's own text escaped. */
function partnership_panel_fill( $label, $values ) {
	$out = '';
	foreach ( preg_split( '/(\{\w+\})/', $label, -1, PREG_SPLIT_DELIM_CAPTURE ) as $piece ) {
		$key  = preg_match( '/^\{(\w+)\}$/D', $piece, $m ) ? $m[1] : null;
		$out .= null !== $key && array_key_exists( $key, $values ) ? $values[ $key ] : partnership_panel_escape( $piece );
	}
	return $out;
}

/** A heading at its level, with its id for the contents' links (plain-html.ts heading). */
function partnership_panel_heading( $level, $id, $html ) {
	return partnership_panel_el( 'h' . min( $level, 6 ), array( 'id' => $id ), $html );
}

/**
 * The contents list: a fragment link to each entry's heading, when there are two entries or more and
 * the editor did not leave it out (document.ts contentsOf, plain-html.ts contents).
 *
 * @param array $entries [ id, text ] pairs.
 */
function partnership_panel_contents( $view, $entries ) {
	if ( ! empty( $view['noContents'] ) || count( $entries ) < 2 ) {
		return '';
	}
	$items = array();
	foreach ( $entries as $entry ) {
		$items[] = partnership_panel_el( 'li', array(), partnership_panel_el( 'a', array( 'href' => '#' . $entry[0] ), partnership_panel_escape( $entry[1] ) ) );
	}
	return partnership_panel_el(
		'nav',
		array(),
		partnership_panel_el( 'p', array(), partnership_panel_el( 'strong', array(), partnership_panel_escape( $view['content']['labels']['contents'] ) ) ),
		partnership_panel_el( 'ul', array(), ...$items )
	);
}

/** The contents' entries for the tips: each section, by the heading that names it (document.ts tipsNode). */
function partnership_panel_tip_entries( $view ) {
	$entries = array();
	foreach ( $view['groups'] as $group ) {
		$single = 1 === count( $group['audience']['sections'] );
		foreach ( $group['sections'] as $s ) {
			$entries[] = $single
				? array( '_' . $group['audience']['id'] . '_heading', $group['audience']['heading'] )
				: array( $s['id'] . '_heading', $s['heading'] );
		}
	}
	return $entries;
}

function partnership_panel_phone_link( $content, $who, $phone ) {
	$title = partnership_panel_format(
		$content['labels']['call'],
		array(
			'name'  => $who,
			'phone' => $phone,
		)
	);
	return partnership_panel_el(
		'a',
		array(
			'href'  => partnership_panel_tel_href( $phone ),
			'dir'   => 'ltr',
			'title' => $title,
		),
		partnership_panel_escape( $phone )
	);
}

function partnership_panel_resource_list( $view, $level, $id, $title, $lead = '', $item_ids = false ) {
	$content = $view['content'];
	$items   = array();
	foreach ( $view['resources'] as $i => $r ) {
		$href    = isset( $r['href'] ) ? partnership_panel_safe_link( $r['href'] ) : null;
		$name    = partnership_panel_foreign( $content, $r['name'], $r['nameLang'] ?? null );
		$items[] = partnership_panel_el(
			'li',
			array( 'id' => $item_ids ? "_resource-$i" : null ),
			partnership_panel_el( 'strong', array(), $href ? partnership_panel_el( 'a', array( 'href' => $href ), $name ) : $name ),
			isset( $r['description'] ) ? ' ' . partnership_panel_escape( $r['description'] ) : '',
			isset( $r['phone'] ) ? ' ' . partnership_panel_phone_link( $content, $r['shortName'] ?? $r['name'], $r['phone'] ) : ''
		);
	}
	return partnership_panel_heading( $level, $id, partnership_panel_escape( $title ) ) . $lead . partnership_panel_el( 'ul', array(), ...$items );
}

/** The publisher's contact line with its phone link (document.ts documentOf's contact, plain-html.ts line). */
function partnership_panel_contact( $content ) {
	return partnership_panel_fill(
		$content['labels']['contact'],
		array(
			'contact' => partnership_panel_escape( $content['publisher']['contact'] ),
			'phone'   => partnership_panel_phone_link( $content, $content['publisher']['name'], $content['publisher']['phone'] ),
		)
	);
}

/** The source line and a translation's notice (document.ts documentOf's credit and notice, plain-html.ts credit). */
function partnership_panel_credit( $content ) {
	$english = partnership_panel_content( 'en' );
	$title   = partnership_panel_foreign( $content, $english['title'], $english['lang'] );
	$source  = partnership_panel_fill(
		$content['labels']['source'],
		array(
			'publisher' => partnership_panel_foreign( $content, $content['publisher']['name'], $content['publisher']['nameLang'] ?? null ),
			'title'     => $title,
		)
	);
	$line    = partnership_panel_fill(
		$content['labels']['credit'],
		array(
			'source'    => $source,
			'published' => partnership_panel_escape( $content['published']['label'] ),
		)
	);
	$notice  = $content['labels']['translationNotice'] ?? '';
	return partnership_panel_el( 'p', array(), $line )
		. ( $notice ? partnership_panel_el( 'p', array(), partnership_panel_el( 'em', array(), partnership_panel_fill( $notice, array( 'title' => $title ) ) ) ) : '' );
}

function partnership_panel_tips( $view, $level ) {
	$out = '';
	foreach ( $view['groups'] as $group ) {
		$single = 1 === count( $group['audience']['sections'] );
		$out   .= partnership_panel_heading( $level, '_' . $group['audience']['id'] . '_heading', partnership_panel_escape( $group['audience']['heading'] ) );
		foreach ( $group['sections'] as $s ) {
			$tips = array();
			foreach ( array_slice( $s['tips'], 0, $view['limit'] ) as $tip ) {
				$tips[] = partnership_panel_el( 'li', array(), partnership_panel_escape( $tip ) );
			}
			$out .= ( $single ? '' : partnership_panel_heading( $level + 1, $s['id'] . '_heading', partnership_panel_escape( $s['heading'] ) ) )
				. ( ! empty( $s['introduction'] ) ? partnership_panel_el( 'p', array(), partnership_panel_escape( $s['introduction'] ) ) : '' )
				. partnership_panel_el( 'ul', array(), ...$tips );
		}
	}
	return $out;
}

/** What an element shows for checked options (plain-html.ts view). */
function partnership_panel_view( $options ) {
	$element  = $options['element'] ?? 'panel';
	$content  = partnership_panel_content( isset( $options['lang'] ) ? partnership_panel_language_key( $options['lang'] ) : 'en' );
	$audience = $options['audience'] ?? partnership_panel_default( 'audience' );
	$sections = isset( $options['sections'] ) ? explode( ',', $options['sections'] ) : null;
	$groups   = array();
	if ( 'resources' !== $element ) {
		$audiences = $content['audiences'];
		if ( ! empty( $options['familiesFirst'] ) ) {
			// The families' audience first, the others in their order (configure.ts shownGroups).
			usort(
				$audiences,
				function ( $a, $b ) {
					return ( 'families' === $b['id'] ) <=> ( 'families' === $a['id'] );
				}
			);
		}
		foreach ( $audiences as $a ) {
			if ( 'all' !== $audience && $a['id'] !== $audience ) {
				continue;
			}
			$shown = array();
			foreach ( $a['sections'] as $s ) {
				if ( null === $sections || in_array( $s['id'], $sections, true ) ) {
					$shown[] = $s;
				}
			}
			if ( $shown ) {
				$groups[] = array(
					'audience' => $a,
					'sections' => $shown,
				);
			}
		}
	}
	$resources = array();
	if ( 'tips' !== $element && empty( $options['noResources'] ) ) {
		$sheet     = empty( $options['noDefaultResources'] ) ? $content['resources']['items'] : array();
		$own       = $options['resources'] ?? array();
		$resources = 'local' === ( $options['resourcesFirst'] ?? '' ) ? array_merge( $own, $sheet ) : array_merge( $sheet, $own );
	}
	$default_title = array(
		'panel'     => $content['title'],
		'tips'      => $content['labels']['tipsHeading'],
		'resources' => $content['resources']['heading'],
	);
	return array(
		'content'   => $content,
		'level'     => (int) ( $options['headingLevel'] ?? partnership_panel_default( 'headingLevel' ) ),
		'title'     => $options['heading'] ?? $default_title[ $element ],
		'groups'    => $groups,
		'limit'     => isset( $options['limit'] ) ? (int) $options['limit'] : null,
		'resources'  => $resources,
		'noContents' => ! empty( $options['noContents'] ),
	);
}

/**
 * The plain HTML of the element the options describe (plain-html.ts plainHtml), every option checked
 * first: what renderPanel({ ...options, format: 'html' }) returns for the options that pass the check.
 */
function partnership_panel_plain_html( $options = array() ) {
	$options = partnership_panel_check( $options )['options'];
	$view    = partnership_panel_view( $options );
	$content = $view['content'];
	$level   = $view['level'];
	$section = function ( ...$html ) use ( $content ) {
		return partnership_panel_el(
			'section',
			array(
				'lang' => $content['lang'],
				'dir'  => $content['dir'] ?? 'ltr',
			),
			...$html
		) . "\n";
	};
	$element = $options['element'] ?? 'panel';
	if ( 'resources' === $element ) {
		$entries = array();
		foreach ( $view['resources'] as $i => $r ) {
			$entries[] = array( "_resource-$i", $r['name'] );
		}
		return $section( partnership_panel_resource_list( $view, $level, '_title', $view['title'], partnership_panel_contents( $view, $entries ), true ), partnership_panel_credit( $content ) );
	}
	$entries = partnership_panel_tip_entries( $view );
	if ( 'tips' === $element ) {
		return $section( partnership_panel_heading( $level, '_title', partnership_panel_escape( $view['title'] ) ), partnership_panel_contents( $view, $entries ), partnership_panel_tips( $view, $level + 1 ), partnership_panel_credit( $content ) );
	}
	if ( $view['resources'] ) {
		$entries[] = array( '_resources', $content['resources']['heading'] );
	}
	$introduction = '';
	foreach ( $content['introduction'] as $p ) {
		$introduction .= partnership_panel_el( 'p', array(), partnership_panel_escape( $p ) );
	}
	return $section(
		partnership_panel_heading( $level, '_title', partnership_panel_escape( $view['title'] ) ),
		partnership_panel_el( 'p', array(), partnership_panel_el( 'strong', array(), partnership_panel_escape( $content['headline'] ) ) ),
		$introduction,
		partnership_panel_contents( $view, $entries ),
		partnership_panel_tips( $view, $level + 1 ),
		partnership_panel_el( 'p', array(), partnership_panel_el( 'strong', array(), partnership_panel_escape( $content['closing'] ) ) ),
		$view['resources'] ? partnership_panel_resource_list( $view, $level + 1, '_resources', $content['resources']['heading'] ) : '',
		partnership_panel_el( 'p', array(), partnership_panel_contact( $content ) ),
		partnership_panel_credit( $content ),
		partnership_panel_el( 'p', array(), partnership_panel_el( 'small', array(), partnership_panel_escape( $content['disclaimer'] ) ) )
	);
}
