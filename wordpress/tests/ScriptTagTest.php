<?php
/**
 * The widget's script tag: defer, integrity once, crossorigin; and where it is loaded.
 *
 * @package SupportWidget
 */

declare(strict_types=1);

namespace SupportWidget\Tests;

/**
 * Runs the script_loader_tag filter as WordPress does when it prints the tag.
 */
final class ScriptTagTest extends TestCase {
	private const SRC = 'http://localhost/wp-content/plugins/support-widget/assets/support-widget.all.js?ver=0.1.0';

	protected function tearDown(): void {
		wp_dequeue_script( 'support-widget' );
		parent::tearDown();
	}

	private function tag( string $attributes = '', string $handle = 'support-widget' ): string {
		$tag = "<script src='" . self::SRC . "' id='" . $handle . "-js'" . $attributes . "></script>\n";
		return (string) apply_filters( 'script_loader_tag', $tag, $handle, self::SRC );
	}

	private function release_hash(): string {
		$file = SUPPORT_WIDGET_DIR . '/assets/integrity.json';
		$this->assertFileExists( $file );
		return json_decode( (string) file_get_contents( $file ), true )['support-widget.all.js'];
	}

	public function test_the_tag_is_deferred_and_carries_the_release_integrity(): void {
		$tag = $this->tag();

		$this->assertSame( 1, preg_match_all( '/\sdefer[\s>]/', $tag ) );
		$this->assertStringContainsString( ' integrity="' . $this->release_hash() . '"', $tag );
		$this->assertStringContainsString( ' crossorigin="anonymous"', $tag );
	}

	public function test_integrity_that_is_already_there_is_not_added_twice(): void {
		$tag = $this->tag( ' integrity="sha384-fromanotherplugin" defer' );

		$this->assertSame( 1, substr_count( $tag, 'integrity=' ) );
		$this->assertStringContainsString( 'integrity="sha384-fromanotherplugin"', $tag );
		$this->assertSame( 1, preg_match_all( '/\sdefer[\s>]/', $tag ) );
	}

	public function test_no_integrity_when_the_setting_is_off(): void {
		$this->save_settings( array( 'integrity' => false ) );

		$tag = $this->tag();

		$this->assertStringNotContainsString( 'integrity', $tag );
		$this->assertStringContainsString( ' defer', $tag );
	}

	public function test_other_scripts_are_left_alone(): void {
		$this->assertStringNotContainsString( 'defer', $this->tag( '', 'jquery-core' ) );
	}

	public function test_an_inline_script_beside_the_tag_gets_nothing(): void {
		$tag = (string) apply_filters( 'script_loader_tag', "<script id='support-widget-js-before'>var a = 1;</script>\n<script src='" . self::SRC . "' id='support-widget-js'></script>\n", 'support-widget', self::SRC );

		$this->assertStringContainsString( "<script id='support-widget-js-before'>", $tag );
		$this->assertSame( 1, substr_count( $tag, 'integrity=' ) );
	}

	public function test_content_with_an_element_loads_the_script_and_other_content_does_not(): void {
		apply_filters( 'the_content', '<p>Nothing of the widget here.</p>' );
		$this->assertFalse( wp_script_is( 'support-widget', 'enqueued' ) );

		apply_filters( 'the_content', '<support-quick-exit href="https://example.org/"></support-quick-exit>' );
		$this->assertTrue( wp_script_is( 'support-widget', 'enqueued' ) );
	}

	public function test_the_site_wide_quick_exit_loads_the_script_on_every_page(): void {
		support_widget_enqueue_for_quick_exit();
		$this->assertFalse( wp_script_is( 'support-widget', 'enqueued' ) );

		$this->save_settings( array( 'quick_exit' => true ) );
		support_widget_enqueue_for_quick_exit();
		$this->assertTrue( wp_script_is( 'support-widget', 'enqueued' ) );
	}
}
