CREATE TABLE posts (id integer PRIMARY KEY, tag_ids integer[] NOT NULL DEFAULT '{}', labels varchar(20)[], scores numeric(5,2)[]);
CREATE INDEX posts_tag_ids ON posts USING gin (tag_ids);
CREATE INDEX posts_labels ON posts USING gin (labels);
