INSERT INTO wp_posts (ID, post_author, post_date, post_content, post_title, post_name, post_type) VALUES (1, 1, '2020-01-02 03:04:05', 'Hello world', 'Hello', 'hello-world', 'post');
INSERT INTO wp_posts (ID, post_author, post_content, post_title, post_status, post_name, post_type) VALUES (2, 1, 'draft body', 'Draft', 'auto-draft', '', 'post');
INSERT INTO wp_postmeta (post_id, meta_key, meta_value) VALUES (1, '_edit_lock', '1580000000:1'), (2, '_wp_page_template', 'default');
