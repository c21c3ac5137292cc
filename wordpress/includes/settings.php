<?php
/**
 * The plugin's one option, its defaults and how a saved value is checked.
 *
 * @package SupportWidget
 */

declare(strict_types=1);

defined( 'ABSPATH' ) || exit;

const SUPPORT_WIDGET_OPTION = 'support_widget_settings';

/**
 * The settings before anyone has saved them.
 *
 * @return array{quick_exit: bool, quick_exit_href: string, integrity: bool, roles: string[]}
 */
function support_widget_default_settings(): array {
	return array(
		'quick_exit'      => false,
		'quick_exit_href' => '',
		'integrity'       => true,
		'roles'           => array( 'administrator', 'editor', 'author' ),
	);
}

/**
 * The saved settings, each key present and of its type whatever the database holds.
 *
 * @return array{quick_exit: bool, quick_exit_href: string, integrity: bool, roles: string[]}
 */
function support_widget_settings(): array {
	$saved    = get_option( SUPPORT_WIDGET_OPTION, array() );
	$saved    = is_array( $saved ) ? $saved : array();
	$settings = array_merge( support_widget_default_settings(), $saved );

	return array(
		'quick_exit'      => (bool) $settings['quick_exit'],
		'quick_exit_href' => is_string( $settings['quick_exit_href'] ) ? $settings['quick_exit_href'] : '',
		'integrity'       => (bool) $settings['integrity'],
		'roles'           => array_values( array_filter( (array) $settings['roles'], 'is_string' ) ),
	);
}

/**
 * Whether an address is an absolute http or https link: the only kind PHP accepts for the quick exit.
 *
 * @param string $href The address as typed.
 */
function support_widget_is_web_address( string $href ): bool {
	$parts = wp_parse_url( $href );
	return is_array( $parts )
		&& in_array( strtolower( $parts['scheme'] ?? '' ), array( 'http', 'https' ), true )
		&& '' !== ( $parts['host'] ?? '' )
		&& esc_url_raw( $href, array( 'http', 'https' ) ) !== '';
}

/**
 * Checks the settings form. Checkboxes that are not ticked are not sent, so a missing key is off.
 * A bad quick exit address is refused with a settings error, and the saved one is kept.
 *
 * @param mixed $input What the form sent.
 * @return array{quick_exit: bool, quick_exit_href: string, integrity: bool, roles: string[]}
 */
function support_widget_sanitize_settings( $input ): array {
	// options.php has unslashed the form already.
	$input    = is_array( $input ) ? $input : array();
	$previous = support_widget_settings();

	$href = is_string( $input['quick_exit_href'] ?? null ) ? trim( sanitize_text_field( $input['quick_exit_href'] ) ) : '';
	if ( '' !== $href && ! support_widget_is_web_address( $href ) ) {
		// Outside the admin (a plugin calling update_option()), there is no form to show the error on.
		if ( function_exists( 'add_settings_error' ) ) {
			add_settings_error(
				SUPPORT_WIDGET_OPTION,
				'support-widget-quick-exit-href',
				__( 'The quick exit address was not saved: write a whole address that starts with https:// or http://. The previous address is kept.', 'support-widget' )
			);
		}
		$href = $previous['quick_exit_href'];
	} elseif ( '' !== $href ) {
		$href = esc_url_raw( $href, array( 'http', 'https' ) );
	}

	$known_roles = array_keys( wp_roles()->get_names() );
	$roles       = array_map( 'sanitize_key', array_filter( (array) ( $input['roles'] ?? array() ), 'is_string' ) );

	return array(
		'quick_exit'      => ! empty( $input['quick_exit'] ),
		'quick_exit_href' => $href,
		'integrity'       => ! empty( $input['integrity'] ),
		'roles'           => array_values( array_intersect( $known_roles, $roles ) ),
	);
}

/**
 * Registers the option with the Settings API, which checks the nonce and the capability on save.
 */
function support_widget_register_setting(): void {
	register_setting(
		'support_widget',
		SUPPORT_WIDGET_OPTION,
		array(
			'type'              => 'array',
			'sanitize_callback' => 'support_widget_sanitize_settings',
			'default'           => support_widget_default_settings(),
			'show_in_rest'      => false,
		)
	);
}
add_action( 'admin_init', 'support_widget_register_setting' );
