<?php
/**
 * Removes the plugin's option and capability. Posts keep their content: the elements' plain-HTML
 * copies show without the plugin.
 *
 * @package SupportWidget
 */

declare(strict_types=1);

defined( 'WP_UNINSTALL_PLUGIN' ) || exit;

delete_option( 'support_widget_settings' );
foreach ( wp_roles()->role_objects as $support_widget_role ) {
	$support_widget_role->remove_cap( 'support_widget_write_elements' );
}
unset( $support_widget_role );
