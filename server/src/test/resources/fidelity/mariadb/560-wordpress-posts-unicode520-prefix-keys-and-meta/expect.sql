SELECT COUNT(*) = 1 FROM wp_posts WHERE post_title = 'Héllo wörld 😀' AND post_type = 'post'
SELECT COUNT(*) = 1 FROM wp_postmeta WHERE meta_key = '_edit_lock'
