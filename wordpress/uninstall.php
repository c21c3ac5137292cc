<?php
/**
 * Removes the plugin's option and capability. Posts keep their content: the elements' plain-HTML
 * copies show without the plugin.
 *
 * @package SupportWidget
 */

declare(strict_types=1);

defined( 'WP_UNINSTALL_PLUGIN' ) || exit;

// The option's and the capability's names; WordPress does not load an inactive plugin before this file.
require_once __DIR__ . '/includes/settings.php';
require_once __DIR__ . '/includes/capability.php';

delete_option( SUPPORT_WIDGET_OPTION );
foreach ( wp_roles()->role_objects as $support_widget_role ) {
	$support_widget_role->remove_cap( SUPPORT_WIDGET_CAPABILITY );
}
unset( $support_widget_role );
