<?php
/**
 * Uninstall: the option and the capability go, the content stays.
 *
 * @package SupportWidget
 */

declare(strict_types=1);

namespace SupportWidget\Tests;

/**
 * Runs the plugin's uninstall.php as WordPress does when the plugin is deleted; the base class
 * puts the option and the capability back afterwards.
 */
final class UninstallTest extends TestCase {
	public function test_the_option_and_capability_are_removed_and_posts_are_untouched(): void {
		$this->become( 'administrator' );
		$content = '<support-helpline-card name="Stödlinjen" phone="020-123 456"><div data-support-fallback><p>020-123 456</p></div></support-helpline-card>';
		$post_id = $this->post( array( 'post_title' => 'Uninstall test', 'post_content' => $content ) );
		$this->save_settings( array( 'quick_exit' => true, 'roles' => array( 'administrator', 'author', 'contributor' ) ) );

		if ( ! defined( 'WP_UNINSTALL_PLUGIN' ) ) {
			define( 'WP_UNINSTALL_PLUGIN', 'support-widget/support-widget.php' );
		}
		include SUPPORT_WIDGET_DIR . '/uninstall.php';

		global $wpdb;
		$this->assertSame( '0', $wpdb->get_var( $wpdb->prepare( "SELECT COUNT(*) FROM {$wpdb->options} WHERE option_name = %s", SUPPORT_WIDGET_OPTION ) ) );
		foreach ( wp_roles()->role_objects as $name => $role ) {
			$this->assertFalse( $role->has_cap( SUPPORT_WIDGET_CAPABILITY ), $name );
		}
		$this->assertSame( $content, get_post( $post_id )->post_content );
		$this->assertSame( 'publish', get_post_status( $post_id ) );
	}
}
