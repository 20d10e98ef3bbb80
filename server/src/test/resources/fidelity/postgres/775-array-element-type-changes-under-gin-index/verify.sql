SELECT count(*) = 2 AND count(*) FILTER (WHERE tag_ids = '{1,2,3}' AND labels = '{a,b}' AND scores = '{1.5,2.25}') = 1 FROM posts
