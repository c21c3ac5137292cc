<?php
/**
 * Settings → Support resources: the quick exit, integrity, who may write the elements, freshness.
 *
 * @package SupportWidget
 */

declare(strict_types=1);

defined( 'ABSPATH' ) || exit;

/**
 * Adds the page under Settings, for administrators only.
 */
function support_widget_add_settings_page(): void {
	add_options_page(
		__( 'Support resources', 'support-widget' ),
		__( 'Support resources', 'support-widget' ),
		'manage_options',
		'support-widget',
		'support_widget_render_settings_page'
	);
}
add_action( 'admin_menu', 'support_widget_add_settings_page' );

/**
 * The script that checks the quick exit address with the element's own parser, on this page only.
 *
 * @param string $hook_suffix The admin page being loaded.
 */
function support_widget_enqueue_settings_script( $hook_suffix ): void {
	if ( 'settings_page_support-widget' === $hook_suffix ) {
		wp_enqueue_script( 'support-widget-settings' );
	}
}
add_action( 'admin_enqueue_scripts', 'support_widget_enqueue_settings_script' );

/**
 * One checkbox of the form, with its label.
 *
 * @param string $id      The input's id.
 * @param string $name    The key in the option.
 * @param bool   $checked Whether it is ticked.
 * @param string $label   Its label.
 * @param string $value   The value sent when ticked.
 */
function support_widget_checkbox( string $id, string $name, bool $checked, string $label, string $value = '1' ): void {
	printf(
		'<label for="%1$s"><input type="checkbox" id="%1$s" name="%2$s" value="%3$s"%4$s> %5$s</label>',
		esc_attr( $id ),
		esc_attr( SUPPORT_WIDGET_OPTION . $name ),
		esc_attr( $value ),
		checked( $checked, true, false ),
		esc_html( $label )
	);
}

/**
 * Prints the settings page.
 */
function support_widget_render_settings_page(): void {
	if ( ! current_user_can( 'manage_options' ) ) {
		return;
	}
	$settings = support_widget_settings();
	?>
	<div class="wrap">
		<h1><?php echo esc_html( get_admin_page_title() ); ?></h1>
		<form action="<?php echo esc_url( admin_url( 'options.php' ) ); ?>" method="post">
			<?php settings_fields( 'support_widget' ); ?>
			<table class="form-table" role="presentation">
				<tr>
					<th scope="row"><?php esc_html_e( 'Quick exit', 'support-widget' ); ?></th>
					<td>
						<?php support_widget_checkbox( 'support-widget-quick-exit', '[quick_exit]', $settings['quick_exit'], __( 'Show a quick exit first on every page', 'support-widget' ) ); ?>
						<p class="description"><?php esc_html_e( 'A button that leaves the page at once for a neutral site, for a reader who may be watched. Pressing Shift three times does the same.', 'support-widget' ); ?></p>
					</td>
				</tr>
				<tr>
					<th scope="row"><label for="support-widget-quick-exit-href"><?php esc_html_e( 'Quick exit address', 'support-widget' ); ?></label></th>
					<td>
						<input type="url" class="regular-text code" id="support-widget-quick-exit-href" name="<?php echo esc_attr( SUPPORT_WIDGET_OPTION ); ?>[quick_exit_href]" value="<?php echo esc_attr( $settings['quick_exit_href'] ); ?>" placeholder="<?php echo esc_attr( SUPPORT_WIDGET_QUICK_EXIT_DEFAULT ); ?>" aria-describedby="support-widget-quick-exit-href-description">
						<p class="description" id="support-widget-quick-exit-href-description"><?php esc_html_e( 'A neutral page that opens when someone leaves. It must start with https:// or http://. Leave it empty for https://www.google.com/.', 'support-widget' ); ?></p>
					</td>
				</tr>
				<tr>
					<th scope="row"><?php esc_html_e( 'Script check', 'support-widget' ); ?></th>
					<td>
						<?php support_widget_checkbox( 'support-widget-integrity', '[integrity]', $settings['integrity'], __( 'Let browsers check that the script has not been changed (integrity)', 'support-widget' ) ); ?>
						<p class="description"><?php esc_html_e( 'The browser then runs the script only if it is exactly the file that came with the plugin. Turn it off only if another plugin changes the file, for example by minifying it.', 'support-widget' ); ?></p>
					</td>
				</tr>
				<tr>
					<th scope="row"><?php esc_html_e( 'Who may add the support blocks', 'support-widget' ); ?></th>
					<td>
						<fieldset>
							<legend class="screen-reader-text"><?php esc_html_e( 'Who may add the support blocks', 'support-widget' ); ?></legend>
							<?php foreach ( wp_roles()->get_names() as $role => $role_name ) : ?>
								<?php support_widget_checkbox( 'support-widget-role-' . $role, '[roles][]', in_array( $role, $settings['roles'], true ), translate_user_role( $role_name ), $role ); ?><br>
							<?php endforeach; ?>
							<p class="description"><?php esc_html_e( 'Users in these roles may save the support blocks, or their HTML, in posts and pages. For everyone else WordPress removes the blocks\' elements when they save and keeps the plain text inside them. Administrators and editors can save any HTML anyway.', 'support-widget' ); ?></p>
						</fieldset>
					</td>
				</tr>
			</table>
			<?php submit_button(); ?>
		</form>
		<?php support_widget_render_freshness_section(); ?>
	</div>
	<?php
}

/**
 * The freshness list on the settings page.
 */
function support_widget_render_freshness_section(): void {
	$stale = support_widget_stale_helplines();
	?>
	<section id="support-widget-freshness">
		<h2><?php esc_html_e( 'Helplines to check', 'support-widget' ); ?></h2>
		<?php if ( array() === $stale ) : ?>
			<p><?php esc_html_e( 'Every helpline on published posts and pages was checked within the last 12 months.', 'support-widget' ); ?></p>
		<?php else : ?>
			<p><?php esc_html_e( 'These helpline cards have no date for when their details were last checked, an old one or one in the future. Check the phone number and opening hours with the service, then update the date.', 'support-widget' ); ?></p>
			<?php echo support_widget_freshness_list( $stale ); // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- escaped in support_widget_freshness_list(). ?>
		<?php endif; ?>
	</section>
	<?php
}

/**
 * A "Settings" link beside the plugin on the Plugins screen.
 *
 * @param string[] $links The plugin's action links.
 * @return string[]
 */
function support_widget_plugin_action_links( $links ) {
	$links   = is_array( $links ) ? $links : array();
	$links[] = sprintf(
		'<a href="%s">%s</a>',
		esc_url( admin_url( 'options-general.php?page=support-widget' ) ),
		esc_html__( 'Settings', 'support-widget' )
	);
	return $links;
}
add_filter( 'plugin_action_links_' . plugin_basename( SUPPORT_WIDGET_FILE ), 'support_widget_plugin_action_links' );
