<?php
/**
 * Installs WordPress into the scratch site's empty database, without WP-CLI: wp_install() as the
 * installer's last screen calls it, then the test users, then the plugin (a symlinked folder, or
 * the zip through WordPress's own Plugin_Upgrader, as the upload form would), activated.
 *
 *   php install.php                 env WP_PLUGIN_SOURCE=<folder> or WP_PLUGIN_ZIP=<zip>
 */
define('WP_INSTALLING', true);
require __DIR__ . '/wp-load.php';
// No mail server here: the new site's notification would only fail.
function wp_new_blog_notification() {}
require_once ABSPATH . 'wp-admin/includes/upgrade.php';
require_once ABSPATH . 'wp-admin/includes/admin.php';
ini_set('display_errors', 'stderr');
error_reporting(E_ALL & ~E_DEPRECATED); // WordPress 6.1 on PHP 8.2 is full of them.

function fail(string $message): never {
	fwrite(STDERR, "install.php: $message\n");
	exit(1);
}

$installed = wp_install('Support widget test site', 'admin', 'admin@example.org', true, '', wp_slash('admin-password'), 'en_US');
if (is_wp_error($installed['password'] ?? null)) {
	fail('wp_install failed');
}

update_option('permalink_structure', '/%postname%/');
update_option('timezone_string', 'Europe/Stockholm');
flush_rewrite_rules();

if (wp_get_theme()->get_stylesheet() !== 'twentytwentythree') {
	if (!wp_get_theme('twentytwentythree')->exists()) {
		fail('the theme twentytwentythree is missing (Debian package wordpress-theme-twentytwentythree)');
	}
	switch_theme('twentytwentythree');
}

$users = [
	'admin' => ['administrator', ''],
	'editor' => ['editor', ''],
	'author' => ['author', ''],
	'contributor' => ['contributor', ''],
	'admin-sv' => ['administrator', 'sv_SE'],
];
foreach ($users as $login => [$role, $locale]) {
	$id = username_exists($login);
	if (!$id) {
		$id = wp_insert_user([
			'user_login' => $login,
			'user_pass' => "$login-password",
			'user_email' => "$login@example.org",
			'display_name' => $login,
			'role' => $role,
			'locale' => $locale,
		]);
		if (is_wp_error($id)) {
			fail("user $login: " . $id->get_error_message());
		}
	}
	// The block editor's welcome guide would cover the editor in every test.
	update_user_meta($id, $wpdb->get_blog_prefix() . 'persisted_preferences', [
		'core/edit-post' => ['welcomeGuide' => false],
		'_modified' => gmdate('c'),
	]);
}

wp_set_current_user(username_exists('admin'));
$plugin = 'support-widget/support-widget.php';
$source = getenv('WP_PLUGIN_SOURCE');
$zip = getenv('WP_PLUGIN_ZIP');
if ($source) {
	if (!symlink($source, WP_PLUGIN_DIR . '/support-widget')) {
		fail("could not link $source into the plugins folder");
	}
} elseif ($zip) {
	require_once ABSPATH . 'wp-admin/includes/class-wp-upgrader.php';
	WP_Filesystem();
	$upgrader = new Plugin_Upgrader(new Automatic_Upgrader_Skin());
	$result = $upgrader->install($zip);
	if ($result !== true) {
		$messages = is_wp_error($result) ? $result->get_error_messages() : $upgrader->skin->get_upgrade_messages();
		fail("installing $zip failed: " . implode(' ', $messages));
	}
	$plugin = $upgrader->plugin_info() ?: $plugin;
}
if ($source || $zip) {
	wp_clean_plugins_cache();
	$activated = activate_plugin($plugin);
	if (is_wp_error($activated)) {
		fail("activating $plugin failed: " . $activated->get_error_message());
	}
}
echo "installed\n";
