SELECT count(*) = 2 AND count(*) FILTER (WHERE slug = 'hi' AND author_id = 1) = 1 FROM blog_article
