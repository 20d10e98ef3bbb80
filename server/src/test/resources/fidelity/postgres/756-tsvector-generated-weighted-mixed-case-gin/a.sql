CREATE TABLE "Article" ("id" serial PRIMARY KEY, "title" text NOT NULL, "body" text,
  "searchVector" tsvector GENERATED ALWAYS AS (to_tsvector('english', coalesce("title", '') || ' ' || coalesce("body", ''))) STORED);
CREATE INDEX "Article_searchVector_idx" ON "Article" USING gin ("searchVector");
