CREATE TABLE post (id integer PRIMARY KEY, tags text[] NOT NULL DEFAULT ARRAY['new']::text[], scores bigint[] DEFAULT '{}', grid numeric(7,3)[], labels varchar(20)[] DEFAULT '{"a b",c}');
CREATE INDEX post_tags_gin ON post USING gin (tags);
