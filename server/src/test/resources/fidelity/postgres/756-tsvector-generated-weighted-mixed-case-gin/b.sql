CREATE TABLE "Article" ("id" serial PRIMARY KEY, "title" varchar(300) NOT NULL, "body" text, "summary" text,
  "searchVector" tsvector GENERATED ALWAYS AS (setweight(to_tsvector('english'::regconfig, coalesce("title", '')), 'A') || setweight(to_tsvector('english'::regconfig, coalesce("summary", '')), 'B') || setweight(to_tsvector('english'::regconfig, coalesce("body", '')), 'C')) STORED);
CREATE INDEX "Article_searchVector_idx" ON "Article" USING gin ("searchVector") WITH (fastupdate = off);
CREATE INDEX "Article_title_trgm" ON "Article" USING btree (lower("title") varchar_pattern_ops);
