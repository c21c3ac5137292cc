<?php
/**
 * Plugin Name:       Support widget
 * Description:       Blocks for support resources (an info panel, a helpline card, an action plan, a quick exit) that stay readable as plain HTML without the plugin.
 * Version:           0.1.0
 * Requires at least: 6.1
 * Requires PHP:      8.2
 * Author:            support-widget
 * License:           MIT
 * License URI:       https://opensource.org/licenses/MIT
 * Text Domain:       support-widget
 * Domain Path:       /languages
 *
 * @package SupportWidget
 */

declare(strict_types=1);

defined( 'ABSPATH' ) || exit;

define( 'SUPPORT_WIDGET_VERSION', '0.1.0' );
define( 'SUPPORT_WIDGET_FILE', __FILE__ );
define( 'SUPPORT_WIDGET_DIR', __DIR__ );

require_once __DIR__ . '/includes/settings.php';
require_once __DIR__ . '/includes/capability.php';
require_once __DIR__ . '/includes/assets.php';
require_once __DIR__ . '/includes/kses.php';
require_once __DIR__ . '/includes/quick-exit.php';
require_once __DIR__ . '/includes/freshness.php';
require_once __DIR__ . '/includes/admin-page.php';

/**
 * Loads the plugin's translations from its own languages folder.
 */
function support_widget_load_textdomain(): void {
	load_plugin_textdomain( 'support-widget', false, dirname( plugin_basename( __FILE__ ) ) . '/languages' );
}
add_action( 'init', 'support_widget_load_textdomain' );

register_activation_hook( __FILE__, 'support_widget_activate' );
