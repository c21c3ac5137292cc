<?php
/**
 * Who may write the elements: kses keeps them only for users with the plugin's capability.
 *
 * @package SupportWidget
 */

declare(strict_types=1);

defined( 'ABSPATH' ) || exit;

/**
 * The elements and their attributes from assets/allowlist.json, the project's one list.
 * No event handler or style is on it; an empty list when the file is missing or unreadable.
 *
 * @return array<string, array<string, bool>> Tag => attribute => true, as kses wants them.
 */
function support_widget_allowed_elements(): array {
	static $elements = null;
	if ( null !== $elements ) {
		return $elements;
	}
	$elements = array();
	$file     = SUPPORT_WIDGET_DIR . '/assets/allowlist.json';
	$list     = is_readable( $file ) ? json_decode( (string) file_get_contents( $file ), true ) : null; // phpcs:ignore WordPress.WP.AlternativeFunctions.file_get_contents_file_get_contents -- a local file.
	$valid    = static fn( $name ): bool => is_string( $name ) && preg_match( '/^[a-z][a-z0-9-]*$/', $name ) && ! str_starts_with( $name, 'on' ) && 'style' !== $name;

	foreach ( ( is_array( $list ) ? (array) ( $list['elements'] ?? array() ) : array() ) as $element ) {
		if ( is_array( $element ) && $valid( $element['tag'] ?? null ) ) {
			$names                          = array_filter( (array) ( $element['attributes'] ?? array() ), $valid );
			$elements[ $element['tag'] ] = array_fill_keys( $names, true );
		}
	}
	// What the blocks write inside the plain copy that kses lacks: isolated names and machine-readable dates.
	$elements['bdi']  = array( 'dir' => true );
	$elements['time'] = array( 'datetime' => true );
	$elements['a']    = array(
		'hreflang' => true,
		'type'     => true,
	);
	$fallback = is_array( $list ) ? ( $list['fallback'] ?? null ) : null;
	if ( is_array( $fallback ) && $valid( $fallback['tag'] ?? null ) ) {
		$names                        = array_filter( (array) ( $fallback['attributes'] ?? array() ), $valid );
		$elements[ $fallback['tag'] ] = array_fill_keys( $names, true );
	}
	return $elements;
}

/**
 * Adds the elements to the 'post' context for users with the capability. Visitor input that a
 * plugin runs through wp_kses_post() is filtered without them. The address attributes are not
 * added to wp_kses_uri_attributes: kses would turn `javascript:x` into the relative link `x`,
 * whereas the element refuses the bad scheme itself.
 *
 * @param array<string, mixed> $tags    Allowed tags and their attributes.
 * @param string|array         $context The kses context.
 * @return array<string, mixed>
 */
function support_widget_kses_allowed_html( $tags, $context ) {
	if ( 'post' !== $context || ! is_array( $tags ) || ! current_user_can( SUPPORT_WIDGET_CAPABILITY ) ) {
		return $tags;
	}
	foreach ( support_widget_allowed_elements() as $tag => $attributes ) {
		// Merged: the fallback's div keeps what WordPress allows on every div.
		$tags[ $tag ] = array_merge( is_array( $tags[ $tag ] ?? null ) ? $tags[ $tag ] : array(), $attributes );
	}
	return $tags;
}
add_filter( 'wp_kses_allowed_html', 'support_widget_kses_allowed_html', 10, 2 );
