CREATE TABLE m (id integer PRIMARY KEY, width integer NOT NULL CHECK (width > 0), h integer NOT NULL, area integer GENERATED ALWAYS AS (width * h) STORED);
CREATE INDEX m_w_expr ON m ((width * 2)) WHERE width < 100;
