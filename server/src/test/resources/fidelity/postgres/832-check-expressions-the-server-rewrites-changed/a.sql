CREATE TABLE rules (id integer PRIMARY KEY, a integer, b integer, code text, kind text, ratio numeric,
    CONSTRAINT r1 CHECK (a IS DISTINCT FROM b),
    CONSTRAINT r2 CHECK (a BETWEEN 1 AND 10),
    CONSTRAINT r3 CHECK (code ~* '^[a-z]+$'),
    CONSTRAINT r4 CHECK (kind = ANY (ARRAY['x', 'y'])),
    CONSTRAINT r5 CHECK (COALESCE(ratio, 0) >= 0),
    CONSTRAINT r6 CHECK (CASE WHEN kind = 'x' THEN a IS NOT NULL ELSE true END));
