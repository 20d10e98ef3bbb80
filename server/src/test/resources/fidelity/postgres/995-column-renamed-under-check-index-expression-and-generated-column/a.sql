CREATE TABLE m (id integer PRIMARY KEY, w integer NOT NULL CHECK (w > 0), h integer NOT NULL, area integer GENERATED ALWAYS AS (w * h) STORED);
CREATE INDEX m_w_expr ON m ((w * 2)) WHERE w < 100;
