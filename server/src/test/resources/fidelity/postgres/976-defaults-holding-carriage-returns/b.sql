CREATE TABLE notes (id integer PRIMARY KEY, body text DEFAULT E'line one\r\nline two', sig varchar(40) DEFAULT E'back\\slash\r''quote''', tags text[] DEFAULT ARRAY[E'a\rb', 'c']);
CREATE TABLE letters (id integer PRIMARY KEY, footer text NOT NULL DEFAULT (E'--\r\n' || 'regards'));
CREATE DOMAIN crlf_text AS text DEFAULT E'x\r\n' CONSTRAINT no_lone_cr CHECK (VALUE <> E'\r');
CREATE TABLE framed (id integer PRIMARY KEY, t crlf_text);
COMMENT ON DOMAIN crlf_text IS E'domain\r\ncomment';
