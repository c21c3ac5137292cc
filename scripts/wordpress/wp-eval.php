<?php
/**
 * Runs PHP inside the scratch WordPress, from the command line (this file sits outside the web root):
 *
 *   php wp-eval.php '<php code>'       (or '-' to read the code from stdin)
 *
 * The code runs after wp-load.php, with the admin screens' functions loaded; env WP_EVAL_USER
 * (a user name) makes it run as that user. What it echoes is the output; PHP errors go to stderr.
 */
if (PHP_SAPI !== 'cli') {
	exit(1);
}
$code = ($argv[1] ?? '-') === '-' ? stream_get_contents(STDIN) : $argv[1];
require __DIR__ . '/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/admin.php';
ini_set('display_errors', 'stderr');
// WordPress 6.1 on PHP 8.2 is full of deprecation notices that are not the code's concern.
error_reporting(E_ALL & ~E_DEPRECATED);
$user = getenv('WP_EVAL_USER');
if ($user) {
	$found = get_user_by('login', $user);
	if (!$found) {
		fwrite(STDERR, "wp-eval: no user called $user\n");
		exit(1);
	}
	wp_set_current_user($found->ID);
}
eval($code);
