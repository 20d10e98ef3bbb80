INSERT INTO wp_posts (post_title, post_name) VALUES ('Héllo wörld 😀', 'hello-world');
INSERT INTO wp_postmeta (post_id, meta_key, meta_value) VALUES (1, '_edit_lock', '1700000000:1');
