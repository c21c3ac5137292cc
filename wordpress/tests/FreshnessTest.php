<?php
/**
 * Freshness: helpline cards with a missing, old or future `verified` date are listed; recent ones not.
 *
 * @package SupportWidget
 */

declare(strict_types=1);

namespace SupportWidget\Tests;

/**
 * Dates are relative to today in the site's time zone.
 */
final class FreshnessTest extends TestCase {
	protected function setUp(): void {
		parent::setUp();
		// An administrator saves any HTML, as the block editor would for them.
		$this->become( 'administrator' );
	}

	private function date( string $modify ): string {
		return ( new \DateTimeImmutable( 'now', wp_timezone() ) )->modify( $modify )->format( 'Y-m-d' );
	}

	private function card_post( string $verified_attribute, array $fields = array() ): int {
		$card = '<!-- wp:support-widget/helpline-card -->' . "\n"
			. '<support-helpline-card name="Stödlinjen" phone="020-123 456"' . $verified_attribute . '><div data-support-fallback><p>020-123 456</p></div></support-helpline-card>' . "\n"
			. '<!-- /wp:support-widget/helpline-card -->';
		return $this->post( $fields + array( 'post_title' => 'Freshness test', 'post_content' => $card ) );
	}

	/** @return array<int, string> post id => reason, for the given posts only. */
	private function listed( int ...$post_ids ): array {
		$reasons = array();
		foreach ( support_widget_stale_helplines() as $item ) {
			if ( in_array( $item['post_id'], $post_ids, true ) ) {
				$reasons[ $item['post_id'] ] = $item['reason'];
			}
		}
		return $reasons;
	}

	public function test_missing_old_and_future_dates_are_listed_and_a_recent_one_is_not(): void {
		$old     = $this->card_post( ' verified="' . $this->date( '-13 months' ) . '"' );
		$missing = $this->card_post( '' );
		$future  = $this->card_post( ' verified="' . $this->date( '+10 days' ) . '"', array( 'post_type' => 'page' ) );
		$recent  = $this->card_post( ' verified="' . $this->date( '-1 month' ) . '"' );

		$this->assertSame(
			array(
				$old     => 'old',
				$missing => 'missing',
				$future  => 'future',
			),
			$this->listed( $old, $missing, $future, $recent )
		);
	}

	public function test_a_date_the_element_cannot_read_counts_as_missing(): void {
		$post_id = $this->card_post( ' verified="31/12/2025"' );

		$this->assertSame( array( $post_id => 'missing' ), $this->listed( $post_id ) );
	}

	public function test_a_reusable_block_and_pasted_markup_are_read_too(): void {
		$reusable = $this->card_post( '', array( 'post_type' => 'wp_block' ) );
		$pasted   = $this->post(
			array(
				'post_title'   => 'Pasted',
				'post_content' => "<!-- wp:html -->\n<div><support-helpline-card name=\"Chatten\" verified=\"2020-01-01\"></support-helpline-card></div>\n<!-- /wp:html -->",
			)
		);

		$this->assertSame(
			array(
				$reusable => 'missing',
				$pasted   => 'old',
			),
			$this->listed( $reusable, $pasted )
		);
	}

	public function test_drafts_are_not_listed(): void {
		$draft = $this->card_post( '', array( 'post_status' => 'draft' ) );

		$this->assertSame( array(), $this->listed( $draft ) );
	}

	public function test_each_item_links_to_its_editor(): void {
		$post_id = $this->card_post( '' );

		$items = array_values( array_filter( support_widget_stale_helplines(), static fn( $item ) => $item['post_id'] === $post_id ) );

		$this->assertSame( 'Freshness test', $items[0]['title'] );
		$this->assertSame( 'Stödlinjen', $items[0]['name'] );
		$this->assertSame( admin_url( 'post.php?post=' . $post_id . '&action=edit' ), $items[0]['edit_link'] );
	}

	public function test_site_health_recommends_a_look_and_links_each_post(): void {
		$post_id = $this->card_post( ' verified="' . $this->date( '-2 years' ) . '"' );

		$result = support_widget_freshness_test();

		$this->assertSame( 'support_widget_freshness', $result['test'] );
		$this->assertSame( 'recommended', $result['status'] );
		$this->assertStringContainsString( esc_url( admin_url( 'post.php?post=' . $post_id . '&action=edit' ) ), $result['description'] );
		$this->assertArrayHasKey( 'support_widget_freshness', apply_filters( 'site_status_tests', array( 'direct' => array(), 'async' => array() ) )['direct'] );
	}

	public function test_the_settings_page_lists_them_in_its_freshness_section(): void {
		$post_id = $this->card_post( '' );

		ob_start();
		support_widget_render_settings_page();
		$page = (string) ob_get_clean();

		$section = substr( $page, (int) strpos( $page, 'id="support-widget-freshness"' ) );
		$this->assertStringContainsString( esc_url( admin_url( 'post.php?post=' . $post_id . '&action=edit' ) ), $section );
	}
}
