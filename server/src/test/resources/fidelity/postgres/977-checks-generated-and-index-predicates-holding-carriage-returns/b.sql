CREATE TABLE msgs (id integer PRIMARY KEY, body text, kind text,
    CONSTRAINT no_bare_cr CHECK (body <> E'\r'),
    CONSTRAINT kind_known CHECK (kind IN ('a', E'b\r\nc')));
CREATE INDEX msgs_crlf ON msgs (id) WHERE body LIKE E'%\r\n%';
CREATE TABLE framed (id integer PRIMARY KEY, body text, framed text GENERATED ALWAYS AS (E'\r\n' || body || E'\r\n') STORED);
