<?php
// Filters standard input with WordPress's wp_kses_post(), what WordPress does to the content an author
// (a user without unfiltered_html) publishes. WordPress's own files, from Debian's `wordpress` package
// (or WORDPRESS_DIR), with no database: kses needs only these.
$dir = rtrim(getenv('WORDPRESS_DIR') ?: '/usr/share/wordpress', '/') . '/';
define('ABSPATH', $dir);
define('WPINC', 'wp-includes');
foreach (['load', 'plugin', 'functions', 'formatting', 'kses'] as $file) require ABSPATH . WPINC . "/$file.php";
echo wp_kses_post(stream_get_contents(STDIN));
