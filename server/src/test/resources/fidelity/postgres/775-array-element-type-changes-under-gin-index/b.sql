CREATE TABLE posts (id integer PRIMARY KEY, tag_ids bigint[] NOT NULL DEFAULT '{}', labels text[] DEFAULT '{}'::text[], scores numeric(7,3)[]);
CREATE INDEX posts_tag_ids ON posts USING gin (tag_ids);
CREATE INDEX posts_labels ON posts USING gin (labels);
