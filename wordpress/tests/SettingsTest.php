<?php
/**
 * The settings: what the form may save, the capability kept in sync, and what is printed escaped.
 *
 * @package SupportWidget
 */

declare(strict_types=1);

namespace SupportWidget\Tests;

/**
 * Saves through update_option(), whose check is the settings form's.
 */
final class SettingsTest extends TestCase {
	private function errors(): array {
		return get_settings_errors( SUPPORT_WIDGET_OPTION );
	}

	public function test_a_web_address_is_saved(): void {
		$this->save_settings( array( 'quick_exit_href' => 'https://www.example.org/start?lang=sv' ) );

		$this->assertSame( 'https://www.example.org/start?lang=sv', support_widget_settings()['quick_exit_href'] );
		$this->assertSame( array(), $this->errors() );
	}

	/**
	 * @dataProvider bad_addresses
	 */
	public function test_a_bad_address_is_refused_and_the_previous_one_kept( string $href ): void {
		$this->save_settings( array( 'quick_exit_href' => 'https://www.example.org/' ) );

		$this->save_settings( array( 'quick_exit_href' => $href ) );

		$this->assertSame( 'https://www.example.org/', support_widget_settings()['quick_exit_href'] );
		$this->assertCount( 1, $this->errors() );
	}

	public function bad_addresses(): array {
		return array(
			'javascript' => array( 'javascript:alert(1)' ),
			'data'       => array( 'data:text/html,<script>alert(1)</script>' ),
			'ftp'        => array( 'ftp://example.org/' ),
			'relative'   => array( '/leave' ),
			'no host'    => array( 'https://' ),
		);
	}

	public function test_an_empty_address_means_the_elements_default(): void {
		$this->save_settings( array( 'quick_exit_href' => '' ) );

		$this->assertSame( '', support_widget_settings()['quick_exit_href'] );
		$this->assertStringContainsString( 'href="https://www.google.com/"', support_widget_quick_exit_markup( '' ) );
	}

	public function test_a_form_with_arrays_where_text_belongs_saves_nothing_strange(): void {
		$this->save_settings(
			array(
				'quick_exit_href' => array( 'https://www.example.org/' ),
				'roles'           => array( array( 'administrator' ), 'editor' ),
			)
		);

		$this->assertSame( '', support_widget_settings()['quick_exit_href'] );
		$this->assertSame( array( 'editor' ), support_widget_settings()['roles'] );
	}

	public function test_unticked_checkboxes_are_off(): void {
		update_option( SUPPORT_WIDGET_OPTION, array( 'quick_exit_href' => '' ) );

		$settings = support_widget_settings();

		$this->assertFalse( $settings['quick_exit'] );
		$this->assertFalse( $settings['integrity'] );
		$this->assertSame( array(), $settings['roles'] );
	}

	public function test_the_capability_follows_the_roles_saved(): void {
		$this->save_settings( array( 'roles' => array( 'administrator', 'contributor', 'no-such-role' ) ) );

		$this->assertSame( array( 'administrator', 'contributor' ), support_widget_settings()['roles'] );
		$this->assertTrue( get_role( 'contributor' )->has_cap( SUPPORT_WIDGET_CAPABILITY ) );
		$this->assertTrue( get_role( 'administrator' )->has_cap( SUPPORT_WIDGET_CAPABILITY ) );
		$this->assertFalse( get_role( 'author' )->has_cap( SUPPORT_WIDGET_CAPABILITY ) );
		$this->assertFalse( get_role( 'editor' )->has_cap( SUPPORT_WIDGET_CAPABILITY ) );
	}

	public function test_the_quick_exit_prints_first_in_the_body_only_when_on(): void {
		ob_start();
		do_action( 'wp_body_open' );
		$this->assertStringNotContainsString( '<support-quick-exit', (string) ob_get_clean() );

		$this->save_settings(
			array(
				'quick_exit'      => true,
				'quick_exit_href' => 'https://www.example.org/',
			)
		);
		ob_start();
		do_action( 'wp_body_open' );
		$this->assertStringStartsWith(
			'<support-quick-exit href="https://www.example.org/"><div data-support-fallback><a href="https://www.example.org/">',
			(string) ob_get_clean()
		);
	}

	public function test_an_address_is_printed_escaped(): void {
		$markup = support_widget_quick_exit_markup( 'https://www.example.org/?a="><script>alert(1)</script>&b=1' );

		// The quote and brackets stay inside the attribute: the markup keeps its shape.
		$this->assertMatchesRegularExpression(
			'#^<support-quick-exit href="[^"<>]+"><div data-support-fallback><a href="[^"<>]+">[^<>]+</a></div></support-quick-exit>$#',
			$markup
		);
	}

	public function test_the_settings_page_escapes_a_stored_address(): void {
		$this->become( 'administrator' );
		// As if the database held it already: past the form's check.
		remove_all_filters( 'sanitize_option_' . SUPPORT_WIDGET_OPTION );
		update_option( SUPPORT_WIDGET_OPTION, array_merge( support_widget_settings(), array( 'quick_exit_href' => 'https://x.example/"><script>alert(1)</script>' ) ) );
		support_widget_register_setting();

		ob_start();
		support_widget_render_settings_page();
		$page = (string) ob_get_clean();

		$this->assertStringContainsString( 'id="support-widget-quick-exit-href"', $page );
		$this->assertStringNotContainsString( '<script>alert(1)', $page );
		$this->assertMatchesRegularExpression( '/name=.option_page. value=.support_widget./', $page );
		$this->assertMatchesRegularExpression( '/name="_wpnonce" value="[0-9a-f]+"/', $page );
	}

	public function test_the_settings_page_is_for_administrators_only(): void {
		$this->become( 'editor' );

		ob_start();
		support_widget_render_settings_page();

		$this->assertSame( '', ob_get_clean() );
	}
}
