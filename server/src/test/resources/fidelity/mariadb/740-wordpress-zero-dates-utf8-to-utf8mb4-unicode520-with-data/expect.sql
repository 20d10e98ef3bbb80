SELECT COUNT(*) = 1 FROM wp_posts WHERE ID = 2 AND post_date = '0000-00-00 00:00:00' AND post_modified_gmt = '0000-00-00 00:00:00' AND post_excerpt = ''
SELECT COUNT(*) = 1 FROM wp_posts WHERE ID = 1 AND post_date = '2020-01-02 03:04:05' AND post_title = 'Hello'
SELECT COUNT(*) = 2 FROM wp_postmeta
