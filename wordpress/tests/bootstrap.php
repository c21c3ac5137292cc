<?php
/**
 * Loads the WordPress the plugin is installed in: its wp-load.php comes from SUPPORT_WIDGET_WP_LOAD.
 *
 * @package SupportWidget
 */

declare(strict_types=1);

$support_widget_wp_load = getenv( 'SUPPORT_WIDGET_WP_LOAD' );
if ( ! $support_widget_wp_load || ! is_readable( $support_widget_wp_load ) ) {
	fwrite( STDERR, "Set SUPPORT_WIDGET_WP_LOAD to the wp-load.php of a WordPress with the plugin active.\n" );
	exit( 1 );
}

// wp-load.php reads these when it works out the site's address.
$_SERVER['HTTP_HOST']   = $_SERVER['HTTP_HOST'] ?? 'localhost';
$_SERVER['SERVER_NAME'] = $_SERVER['SERVER_NAME'] ?? 'localhost';
$_SERVER['REQUEST_URI'] = $_SERVER['REQUEST_URI'] ?? '/';

require_once $support_widget_wp_load;
// The admin's functions, for the settings page and user deletion.
require_once ABSPATH . 'wp-admin/includes/admin.php';
require_once __DIR__ . '/TestCase.php';

// As on options.php: the settings form's checks run when the tests save the option.
if ( function_exists( 'support_widget_register_setting' ) ) {
	support_widget_register_setting();
}

if ( ! function_exists( 'support_widget_stale_helplines' ) ) {
	fwrite( STDERR, "The support-widget plugin is not active in this WordPress.\n" );
	exit( 1 );
}
