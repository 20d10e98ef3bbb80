CREATE TABLE things (id integer PRIMARY KEY, U&"two\000D\000Alines" text, U&"cr\000Donly" integer CONSTRAINT U&"ck\000Dpositive" CHECK (U&"cr\000Donly" > 0));
CREATE INDEX U&"things\000D\000Aix" ON things (U&"two\000D\000Alines");
CREATE TABLE U&"new\000Dtable" (id integer PRIMARY KEY);
COMMENT ON COLUMN things.U&"cr\000Donly" IS E'note\r\nhere';
