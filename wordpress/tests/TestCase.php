<?php
/**
 * A test case that removes the users, posts and settings a test made.
 *
 * @package SupportWidget
 */

declare(strict_types=1);

namespace SupportWidget\Tests;

/**
 * Keeps the site as it was: the option, the roles' capability, the current user.
 */
abstract class TestCase extends \PHPUnit\Framework\TestCase {
	/** @var int[] */
	private array $users = array();
	/** @var int[] */
	private array $posts = array();
	private mixed $saved_option;
	/** @var array<string, bool> */
	private array $saved_capabilities = array();

	protected function setUp(): void {
		parent::setUp();
		// A default given here wins over the registered one: null when the option is not saved.
		$this->saved_option = get_option( SUPPORT_WIDGET_OPTION, null );
		foreach ( wp_roles()->role_objects as $name => $role ) {
			$this->saved_capabilities[ $name ] = $role->has_cap( SUPPORT_WIDGET_CAPABILITY );
		}
		$GLOBALS['wp_settings_errors'] = array();
	}

	protected function tearDown(): void {
		wp_set_current_user( 0 );
		foreach ( $this->posts as $post_id ) {
			wp_delete_post( $post_id, true );
		}
		foreach ( $this->users as $user_id ) {
			wp_delete_user( $user_id );
		}
		// Not update_option(): with the option deleted it compares with the registered default and may write nothing.
		delete_option( SUPPORT_WIDGET_OPTION );
		if ( null !== $this->saved_option ) {
			add_option( SUPPORT_WIDGET_OPTION, $this->saved_option );
		}
		foreach ( $this->saved_capabilities as $name => $had ) {
			$had ? get_role( $name )->add_cap( SUPPORT_WIDGET_CAPABILITY ) : get_role( $name )->remove_cap( SUPPORT_WIDGET_CAPABILITY );
		}
		$GLOBALS['wp_settings_errors'] = array();
		parent::tearDown();
	}

	/** A user in a role, removed after the test; becomes the current user. */
	protected function become( string $role ): int {
		$user_id = wp_insert_user(
			array(
				'user_login' => 'sw-test-' . $role . '-' . wp_generate_password( 8, false ),
				'user_pass'  => wp_generate_password(),
				'role'       => $role,
			)
		);
		$this->assertIsInt( $user_id );
		$this->users[] = $user_id;
		wp_set_current_user( $user_id );
		return $user_id;
	}

	/** A post, deleted after the test. */
	protected function post( array $fields ): int {
		$post_id = wp_insert_post( $fields + array( 'post_status' => 'publish' ), true );
		$this->assertIsInt( $post_id );
		$this->posts[] = $post_id;
		return $post_id;
	}

	/** Saves settings through the option, whose check the bootstrap registered as options.php does. */
	protected function save_settings( array $changes ): void {
		update_option( SUPPORT_WIDGET_OPTION, array_merge( support_widget_settings(), $changes ) );
	}
}
