CREATE TABLE rules (id integer PRIMARY KEY, a integer, b integer, code text, kind text, ratio numeric,
    CONSTRAINT r1 CHECK (a IS NOT DISTINCT FROM b OR b IS NULL),
    CONSTRAINT r2 CHECK (a BETWEEN SYMMETRIC 1 AND 20),
    CONSTRAINT r3 CHECK (code SIMILAR TO '[a-z]+'),
    CONSTRAINT r4 CHECK (kind IN ('x', 'y', 'z')),
    CONSTRAINT r5 CHECK (NULLIF(ratio, 0) IS NULL OR ratio > 0),
    CONSTRAINT r6 CHECK (CASE kind WHEN 'x' THEN a IS NOT NULL WHEN 'y' THEN b IS NOT NULL ELSE true END),
    CONSTRAINT r7 CHECK (length(code) <= 10 AND code <> '' AND NOT (a < 0)));
