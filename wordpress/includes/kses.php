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
	// What the blocks write inside the plain copy that kses lacks: isolated names and machine-readable dates.
	$elements = array(
		'bdi'  => array( 'dir' => true ),
		'time' => array( 'datetime' => true ),
		'a'    => array(
			'hreflang' => true,
			'type'     => true,
		),
	);
	$list  = support_widget_asset_json( 'allowlist.json' ) ?? array();
	$valid = static fn( $name ): bool => is_string( $name ) && preg_match( '/^[a-z][a-z0-9-]*$/', $name ) && ! str_starts_with( $name, 'on' ) && 'style' !== $name;

	// The four elements, and the fallback's wrapper (a div with data-support-fallback).
	foreach ( array_merge( (array) ( $list['elements'] ?? array() ), array( $list['fallback'] ?? null ) ) as $entry ) {
		if ( is_array( $entry ) && $valid( $entry['tag'] ?? null ) ) {
			$elements[ $entry['tag'] ] = array_fill_keys( array_filter( (array) ( $entry['attributes'] ?? array() ), $valid ), true );
		}
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
