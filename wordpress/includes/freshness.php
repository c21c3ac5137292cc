<?php
/**
 * Freshness for the whole site: helpline cards whose `verified` date is missing, old or in the future.
 *
 * @package SupportWidget
 */

declare(strict_types=1);

defined( 'ABSPATH' ) || exit;

/**
 * The `verified` dates of the helpline cards in some post content, in order ('' when a card has none).
 * Read with parse_blocks() and the DOM: WordPress 6.1 has no HTML API.
 *
 * @param string $content Post content.
 * @return array<int, array{name: string, verified: string}>
 */
function support_widget_helpline_cards( string $content ): array {
	$cards = array();
	foreach ( support_widget_block_html( parse_blocks( $content ) ) as $html ) {
		if ( ! str_contains( $html, '<support-helpline-card' ) ) {
			continue;
		}
		$document = new DOMDocument();
		$previous = libxml_use_internal_errors( true );
		// The XML declaration makes libxml read UTF-8; unknown elements only raise errors it keeps to itself.
		$document->loadHTML( '<?xml encoding="UTF-8"><body>' . $html . '</body>', LIBXML_NONET );
		libxml_clear_errors();
		libxml_use_internal_errors( $previous );
		foreach ( $document->getElementsByTagName( 'support-helpline-card' ) as $card ) {
			$cards[] = array(
				'name'     => trim( $card->getAttribute( 'name' ) ),
				'verified' => trim( $card->getAttribute( 'verified' ) ),
			);
		}
	}
	return $cards;
}

/**
 * The HTML of every block and inner block (the freeform "block" of classic content included).
 *
 * @param array<int, array<string, mixed>> $blocks Parsed blocks.
 * @return string[]
 */
function support_widget_block_html( array $blocks ): array {
	$html = array();
	foreach ( $blocks as $block ) {
		$html[] = (string) ( $block['innerHTML'] ?? '' );
		$html   = array_merge( $html, support_widget_block_html( (array) ( $block['innerBlocks'] ?? array() ) ) );
	}
	return $html;
}

/**
 * Why a `verified` date needs a look, or '' when it is fine. Today is the site's date.
 *
 * @param string $verified The attribute, YYYY-MM-DD.
 * @param string $today    Today as YYYY-MM-DD.
 * @return string 'missing', 'old', 'future' or ''.
 */
function support_widget_freshness_reason( string $verified, string $today ): string {
	$date = DateTimeImmutable::createFromFormat( '!Y-m-d', $verified );
	if ( ! $date || $date->format( 'Y-m-d' ) !== $verified ) {
		return 'missing'; // The element ignores a date it cannot read.
	}
	if ( $verified > $today ) {
		return 'future';
	}
	$year_ago = DateTimeImmutable::createFromFormat( '!Y-m-d', $today )->modify( '-12 months' )->format( 'Y-m-d' );
	return $verified < $year_ago ? 'old' : '';
}

/**
 * The helpline cards on published posts, pages and reusable blocks whose `verified` date is
 * missing, more than 12 months old, or in the future.
 *
 * @return array<int, array{post_id: int, title: string, edit_link: string, name: string, verified: string, reason: string}>
 */
function support_widget_stale_helplines(): array {
	global $wpdb;
	$post_ids = $wpdb->get_col( // phpcs:ignore WordPress.DB.DirectDatabaseQuery -- a search in content no WP_Query argument does.
		$wpdb->prepare(
			"SELECT ID FROM {$wpdb->posts} WHERE post_status = 'publish' AND post_type IN ('post', 'page', 'wp_block') AND post_content LIKE %s ORDER BY ID",
			'%' . $wpdb->esc_like( '<support-helpline-card' ) . '%'
		)
	);
	$today = wp_date( 'Y-m-d' );
	$stale = array();
	foreach ( $post_ids as $post_id ) {
		$post = get_post( (int) $post_id );
		if ( ! $post ) {
			continue;
		}
		foreach ( support_widget_helpline_cards( $post->post_content ) as $card ) {
			$reason = support_widget_freshness_reason( $card['verified'], $today );
			if ( '' !== $reason ) {
				$stale[] = array(
					'post_id'   => $post->ID,
					'title'     => get_the_title( $post ),
					'edit_link' => admin_url( 'post.php?post=' . $post->ID . '&action=edit' ),
					'name'      => $card['name'],
					'verified'  => $card['verified'],
					'reason'    => $reason,
				);
			}
		}
	}
	return $stale;
}

/**
 * What a reason means, for the list and Site Health.
 *
 * @param array{verified: string, reason: string} $item One stale card.
 */
function support_widget_freshness_text( array $item ): string {
	switch ( $item['reason'] ) {
		case 'old':
			/* translators: %s: a date, YYYY-MM-DD. */
			return sprintf( __( 'Last checked on %s, more than 12 months ago.', 'support-widget' ), $item['verified'] );
		case 'future':
			/* translators: %s: a date, YYYY-MM-DD. */
			return sprintf( __( 'The date it was checked, %s, has not come yet.', 'support-widget' ), $item['verified'] );
		default:
			return __( 'No date for when it was last checked.', 'support-widget' );
	}
}

/**
 * The list of stale cards as HTML: each post's title as a link to edit it, and why.
 *
 * @param array<int, array<string, mixed>> $stale From support_widget_stale_helplines().
 */
function support_widget_freshness_list( array $stale ): string {
	$items = '';
	foreach ( $stale as $item ) {
		$title  = '' !== $item['title'] ? $item['title'] : __( '(no title)', 'support-widget' );
		$name   = '' !== $item['name'] ? ' – ' . $item['name'] : '';
		$items .= sprintf(
			'<li><a href="%1$s">%2$s</a>%3$s: %4$s</li>',
			esc_url( $item['edit_link'] ),
			esc_html( $title ),
			esc_html( $name ),
			esc_html( support_widget_freshness_text( $item ) )
		);
	}
	return '<ul>' . $items . '</ul>';
}

/**
 * The Site Health test: good when every helpline card was checked within 12 months.
 *
 * @return array<string, mixed> A Site Health result.
 */
function support_widget_freshness_test(): array {
	$stale  = support_widget_stale_helplines();
	$result = array(
		'label'       => __( 'Every helpline was checked within the last 12 months', 'support-widget' ),
		'status'      => 'good',
		'badge'       => array(
			'label' => __( 'Support resources', 'support-widget' ),
			'color' => 'blue',
		),
		'description' => '<p>' . esc_html__( 'Helpline cards show whether a helpline is open only when their details were checked with the service within the last 12 months.', 'support-widget' ) . '</p>',
		'actions'     => '',
		'test'        => 'support_widget_freshness',
	);
	if ( array() !== $stale ) {
		$result['label']        = __( 'Some helplines need their details checked', 'support-widget' );
		$result['status']       = 'recommended';
		$result['description'] .= support_widget_freshness_list( $stale );
		$result['actions']      = sprintf(
			'<a href="%s">%s</a>',
			esc_url( admin_url( 'options-general.php?page=support-widget#support-widget-freshness' ) ),
			esc_html__( 'Support resources settings', 'support-widget' )
		);
	}
	return $result;
}

/**
 * Adds the freshness test to Site Health.
 *
 * @param array<string, array<string, mixed>> $tests Site Health tests.
 * @return array<string, array<string, mixed>>
 */
function support_widget_site_status_tests( $tests ) {
	$tests['direct']['support_widget_freshness'] = array(
		'label' => __( 'Helplines checked within 12 months', 'support-widget' ),
		'test'  => 'support_widget_freshness_test',
	);
	return $tests;
}
add_filter( 'site_status_tests', 'support_widget_site_status_tests' );
