<?php
/**
 * The capability to write the elements, and the roles that have it.
 *
 * @package SupportWidget
 */

declare(strict_types=1);

defined( 'ABSPATH' ) || exit;

const SUPPORT_WIDGET_CAPABILITY = 'support_widget_write_elements';

/**
 * Gives the capability to the roles in the settings and takes it from every other role.
 */
function support_widget_sync_capability(): void {
	$granted = support_widget_settings()['roles'];
	foreach ( wp_roles()->role_objects as $name => $role ) {
		if ( in_array( $name, $granted, true ) ) {
			$role->add_cap( SUPPORT_WIDGET_CAPABILITY );
		} elseif ( $role->has_cap( SUPPORT_WIDGET_CAPABILITY ) ) {
			$role->remove_cap( SUPPORT_WIDGET_CAPABILITY );
		}
	}
}
add_action( 'add_option_' . SUPPORT_WIDGET_OPTION, 'support_widget_sync_capability' );
add_action( 'update_option_' . SUPPORT_WIDGET_OPTION, 'support_widget_sync_capability' );

/**
 * On activation: the default settings unless some are saved, and the capability for their roles.
 */
function support_widget_activate(): void {
	add_option( SUPPORT_WIDGET_OPTION, support_widget_default_settings() );
	support_widget_sync_capability();
}
