<?php
/**
 * Who may write the elements: the kses allowlist per role and capability.
 *
 * @package SupportWidget
 */

declare(strict_types=1);

namespace SupportWidget\Tests;

/**
 * Content is saved through wp_insert_post(), so kses filters it as it does in the editor.
 */
final class KsesTest extends TestCase {
	private const CARD = '<support-helpline-card name="Stödlinjen" phone="020-123 456" chat-url="javascript:alert(1)" onclick="alert(2)" onmouseover="alert(3)" style="color:red">'
		. '<div data-support-fallback><p>Stödlinjen: <a href="tel:020123456">020-123 456</a></p><p>Nödsituation: ring 112.</p><p>Kontrollerad <time datetime="2026-11-20">20 november 2026</time> av <bdi>Stödlinjen</bdi>.</p></div>'
		. '</support-helpline-card>';

	private function saved_as( string $role ): string {
		$this->become( $role );
		$post_id = $this->post(
			array(
				'post_title'   => 'Kses test',
				'post_content' => self::CARD,
				'post_status'  => 'draft',
			)
		);
		return get_post( $post_id )->post_content;
	}

	public function test_an_author_keeps_the_elements_and_their_attributes(): void {
		$content = $this->saved_as( 'author' );

		$this->assertStringContainsString( '<support-helpline-card', $content );
		$this->assertStringContainsString( 'name="Stödlinjen"', $content );
		$this->assertStringContainsString( 'phone="020-123 456"', $content );
		$this->assertStringContainsString( '<div data-support-fallback>', $content );
	}

	public function test_an_author_keeps_the_plain_copys_dates_and_isolated_names(): void {
		$content = $this->saved_as( 'author' );

		$this->assertStringContainsString( '<time datetime="2026-11-20">20 november 2026</time>', $content );
		$this->assertStringContainsString( '<bdi>Stödlinjen</bdi>', $content );
	}

	public function test_no_event_handler_or_style_survives(): void {
		$content = $this->saved_as( 'author' );

		$this->assertDoesNotMatchRegularExpression( '/\son[a-z]+\s*=/i', $content );
		$this->assertStringNotContainsString( 'style=', $content );
	}

	public function test_a_javascript_address_never_becomes_a_relative_link(): void {
		$content = $this->saved_as( 'author' );

		// Kept as written, the element refuses it; kses must not strip the scheme into `alert(1)`.
		$this->assertStringNotContainsString( 'chat-url="alert(1)"', $content );
		$this->assertStringNotContainsString( 'href="alert(1)"', $content );
	}

	public function test_a_contributor_loses_the_tags_but_keeps_the_plain_text(): void {
		$content = $this->saved_as( 'contributor' );

		$this->assertStringNotContainsString( '<support-helpline-card', $content );
		$this->assertStringNotContainsString( 'chat-url', $content );
		$this->assertStringContainsString( 'data-support-fallback', $content );
		$this->assertStringContainsString( '<a href="tel:020123456">020-123 456</a>', $content );
		$this->assertStringContainsString( 'ring 112', $content );
		$this->assertStringContainsString( '20 november 2026', $content );
	}

	public function test_a_contributor_keeps_the_elements_once_the_role_is_given_the_capability(): void {
		$this->save_settings( array( 'roles' => array( 'administrator', 'editor', 'author', 'contributor' ) ) );

		$content = $this->saved_as( 'contributor' );

		$this->assertStringContainsString( '<support-helpline-card', $content );
		$this->assertStringContainsString( 'name="Stödlinjen"', $content );
		$this->assertStringNotContainsString( 'onclick', $content );
	}

	public function test_an_author_loses_the_elements_once_the_role_no_longer_has_the_capability(): void {
		$this->save_settings( array( 'roles' => array( 'administrator', 'editor' ) ) );

		$content = $this->saved_as( 'author' );

		$this->assertStringNotContainsString( '<support-helpline-card', $content );
		$this->assertStringContainsString( '020-123 456', $content );
	}

	public function test_a_visitor_never_gets_the_allowlist(): void {
		wp_set_current_user( 0 );

		$content = wp_kses_post( self::CARD );

		$this->assertStringNotContainsString( '<support-helpline-card', $content );
		$this->assertStringContainsString( '020-123 456', $content );
	}

	public function test_other_contexts_are_untouched(): void {
		$this->become( 'author' );

		$this->assertStringNotContainsString( '<support-helpline-card', wp_kses( self::CARD, 'data' ) );
	}

	public function test_the_address_attributes_are_not_added_to_kses_uri_attributes(): void {
		$this->assertNotContains( 'chat-url', wp_kses_uri_attributes() );
		$this->assertNotContains( 'social-services-url', wp_kses_uri_attributes() );
	}
}
