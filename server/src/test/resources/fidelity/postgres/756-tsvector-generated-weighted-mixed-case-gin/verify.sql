SELECT count(*) = 1 AND bool_and("searchVector" @@ to_tsquery('english', 'neat')) FROM "Article"
