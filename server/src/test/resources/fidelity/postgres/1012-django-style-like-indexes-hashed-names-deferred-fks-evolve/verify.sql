SELECT headline = 'Hello' AND author_id = 1 AND NOT published FROM blog_post
