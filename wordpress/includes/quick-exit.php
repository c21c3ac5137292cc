<?php
/**
 * The site-wide quick exit, first in the body so that it is the first Tab stop.
 *
 * @package SupportWidget
 */

declare(strict_types=1);

defined( 'ABSPATH' ) || exit;

/** Where the quick exit goes when no address is set: the element's own default. */
const SUPPORT_WIDGET_QUICK_EXIT_DEFAULT = 'https://www.google.com/';

/**
 * The quick exit's markup, with a plain link for when the script does not run.
 *
 * @param string $href The neutral page; the element's default when empty.
 */
function support_widget_quick_exit_markup( string $href ): string {
	$href = '' !== $href ? esc_url( $href, array( 'http', 'https' ) ) : '';
	$href = '' !== $href ? $href : SUPPORT_WIDGET_QUICK_EXIT_DEFAULT;

	return sprintf(
		'<support-quick-exit href="%1$s"><div data-support-fallback><a href="%1$s">%2$s</a></div></support-quick-exit>',
		esc_attr( $href ),
		esc_html__( 'Leave this page', 'support-widget' )
	);
}

/**
 * Prints the quick exit where the theme opens the body, when the setting is on.
 */
function support_widget_print_quick_exit(): void {
	$settings = support_widget_settings();
	if ( $settings['quick_exit'] ) {
		echo support_widget_quick_exit_markup( $settings['quick_exit_href'] ) . "\n"; // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- escaped in support_widget_quick_exit_markup().
	}
}
add_action( 'wp_body_open', 'support_widget_print_quick_exit', 1 );
