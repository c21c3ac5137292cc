<?php
/**
 * The router of `php -S` for the scratch WordPress (it lives outside the web root): files and
 * folders that exist are served as they are; every other address goes to index.php, as Apache's
 * rewrite rules would send it, so pretty permalinks and /wp-json/ work.
 */
$root = $_SERVER['DOCUMENT_ROOT'];
$path = rawurldecode(parse_url($_SERVER['REQUEST_URI'], PHP_URL_PATH) ?? '/');
if ($path === '/' || file_exists($root . $path)) {
	return false;
}
$_SERVER['SCRIPT_NAME'] = '/index.php';
$_SERVER['PHP_SELF'] = '/index.php';
$_SERVER['SCRIPT_FILENAME'] = $root . '/index.php';
chdir($root);
require $root . '/index.php';
