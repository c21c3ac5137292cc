<?php
/**
 * The widget's script: registered once, loaded only where a page needs it, with defer and integrity.
 *
 * @package SupportWidget
 */

declare(strict_types=1);

defined( 'ABSPATH' ) || exit;

/**
 * Registers the scripts. The widget is one file from the plugin's folder, so `script-src 'self'` holds.
 */
function support_widget_register_scripts(): void {
	wp_register_script(
		'support-widget',
		plugins_url( 'assets/support-widget.all.js', SUPPORT_WIDGET_FILE ),
		array(),
		SUPPORT_WIDGET_VERSION,
		true
	);
	wp_register_script(
		'support-widget-blocks',
		plugins_url( 'assets/blocks.js', SUPPORT_WIDGET_FILE ),
		array( 'wp-blocks', 'wp-element', 'wp-block-editor', 'wp-components', 'wp-i18n' ),
		SUPPORT_WIDGET_VERSION,
		true
	);
	wp_register_script(
		'support-widget-settings',
		plugins_url( 'assets/settings.js', SUPPORT_WIDGET_FILE ),
		array(),
		SUPPORT_WIDGET_VERSION,
		true
	);
}
add_action( 'init', 'support_widget_register_scripts' );

/**
 * Loads the widget when rendered content holds one of its elements: a block, pasted markup or a
 * reusable block. Scripts enqueued after the head are printed in the footer.
 *
 * @param string $content Rendered HTML.
 * @return string The same HTML.
 */
function support_widget_enqueue_for_content( $content ) {
	if ( is_string( $content ) && str_contains( $content, '<support-' ) && ! is_admin() ) {
		wp_enqueue_script( 'support-widget' );
	}
	return $content;
}
add_filter( 'render_block', 'support_widget_enqueue_for_content' );
add_filter( 'the_content', 'support_widget_enqueue_for_content', 100 );
add_filter( 'widget_text', 'support_widget_enqueue_for_content', 100 );
add_filter( 'widget_block_content', 'support_widget_enqueue_for_content', 100 );

/**
 * Loads the widget on every page when the site-wide quick exit is on.
 */
function support_widget_enqueue_for_quick_exit(): void {
	if ( support_widget_settings()['quick_exit'] ) {
		wp_enqueue_script( 'support-widget' );
	}
}
add_action( 'wp_enqueue_scripts', 'support_widget_enqueue_for_quick_exit' );

/**
 * The editor: the blocks, with the language they are written in, and the widget so that the
 * canvas shows the real elements.
 */
function support_widget_enqueue_editor_assets(): void {
	$editor = array(
		// The editing user's language, for the block's fields.
		'language'     => str_starts_with( get_user_locale(), 'sv' ) ? 'sv' : 'en',
		// The site's, for the element in the canvas: the plain copy it gives is in the page's language.
		'siteLanguage' => strtolower( strtok( get_locale(), '_' ) ),
	);
	wp_add_inline_script(
		'support-widget-blocks',
		'window.supportWidgetEditor = ' . wp_json_encode( $editor ) . ';',
		'before'
	);
	wp_enqueue_script( 'support-widget' );
	wp_enqueue_script( 'support-widget-blocks' );
}
add_action( 'enqueue_block_editor_assets', 'support_widget_enqueue_editor_assets' );

/**
 * The block category "Support resources".
 *
 * @param array<int, array<string, mixed>> $categories The editor's block categories.
 * @return array<int, array<string, mixed>>
 */
function support_widget_block_category( $categories ) {
	$categories   = is_array( $categories ) ? $categories : array();
	$categories[] = array(
		'slug'  => 'support-resources',
		'title' => __( 'Support resources', 'support-widget' ),
		'icon'  => null,
	);
	return $categories;
}
add_filter( 'block_categories_all', 'support_widget_block_category' );

/**
 * A JSON file the release writes into assets/, decoded; null when it is missing or unreadable.
 *
 * @param string $name The file's name in assets/.
 * @return array<mixed>|null
 */
function support_widget_asset_json( string $name ): ?array {
	$file = SUPPORT_WIDGET_DIR . '/assets/' . $name;
	$json = is_readable( $file ) ? json_decode( (string) file_get_contents( $file ), true ) : null; // phpcs:ignore WordPress.WP.AlternativeFunctions.file_get_contents_file_get_contents -- a local file.
	return is_array( $json ) ? $json : null;
}

/**
 * The widget file's hash from assets/integrity.json, written by the release; '' when it is missing.
 */
function support_widget_integrity_hash(): string {
	static $hash = null;
	if ( null === $hash ) {
		$json = support_widget_asset_json( 'integrity.json' );
		$hash = is_string( $json['support-widget.all.js'] ?? null )
			&& preg_match( '/^sha(256|384|512)-[A-Za-z0-9+\/]+=*$/', $json['support-widget.all.js'] )
			? $json['support-widget.all.js'] : '';
	}
	return $hash;
}

/**
 * Adds defer, integrity and crossorigin to the widget's script tag (WordPress 6.1 has no other way).
 * Runs late, and adds nothing the tag has already: a security plugin may have added integrity.
 *
 * @param string $tag    The script tag(s) WordPress prints for the handle.
 * @param string $handle The script's handle.
 * @return string
 */
function support_widget_script_tag( $tag, $handle ) {
	if ( 'support-widget' !== $handle || ! is_string( $tag ) ) {
		return $tag;
	}
	$hash = support_widget_settings()['integrity'] ? support_widget_integrity_hash() : '';

	// Only the opening tag that loads the file: inline scripts beside it have no src.
	return (string) preg_replace_callback(
		'/<script\b[^>]*\ssrc\s*=[^>]*>/i',
		static function ( array $match ) use ( $hash ): string {
			$open  = $match[0];
			$added = '';
			if ( ! preg_match( '/\sdefer(?=[\s=>\/])/i', $open ) ) {
				$added .= ' defer';
			}
			$has_integrity = (bool) preg_match( '/\sintegrity\s*=/i', $open );
			if ( '' !== $hash && ! $has_integrity ) {
				$added        .= ' integrity="' . esc_attr( $hash ) . '"';
				$has_integrity = true;
			}
			// A CDN without CORS headers would block the file: crossorigin only where integrity needs it.
			if ( $has_integrity && ! preg_match( '/\scrossorigin(?=[\s=>\/])/i', $open ) ) {
				$added .= ' crossorigin="anonymous"';
			}
			return substr( $open, 0, -1 ) . $added . '>';
		},
		$tag
	);
}
add_filter( 'script_loader_tag', 'support_widget_script_tag', 999, 2 );
