-- the desired state adds an operator class (with its family, operators and support function) and an index that names
-- it: the plan must create them before the index, and its rollback drop them after it, in reverse
CREATE FUNCTION rev_cmp(integer, integer) RETURNS integer LANGUAGE sql IMMUTABLE AS $$ SELECT CASE WHEN $1 > $2 THEN -1 WHEN $1 < $2 THEN 1 ELSE 0 END $$;
CREATE FUNCTION rev_lt(integer, integer) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$ SELECT $1 > $2 $$;
CREATE FUNCTION rev_le(integer, integer) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$ SELECT $1 >= $2 $$;
CREATE FUNCTION rev_ge(integer, integer) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$ SELECT $1 <= $2 $$;
CREATE FUNCTION rev_gt(integer, integer) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$ SELECT $1 < $2 $$;
CREATE OPERATOR <<< (FUNCTION = rev_lt, LEFTARG = integer, RIGHTARG = integer);
CREATE OPERATOR <<= (FUNCTION = rev_le, LEFTARG = integer, RIGHTARG = integer);
CREATE OPERATOR >>= (FUNCTION = rev_ge, LEFTARG = integer, RIGHTARG = integer);
CREATE OPERATOR >>> (FUNCTION = rev_gt, LEFTARG = integer, RIGHTARG = integer);
CREATE OPERATOR FAMILY rev_int_fam USING btree;
COMMENT ON OPERATOR FAMILY rev_int_fam USING btree IS 'integers, largest first';
CREATE OPERATOR CLASS rev_int_ops FOR TYPE integer USING btree FAMILY rev_int_fam AS
  OPERATOR 1 <<<, OPERATOR 2 <<=, OPERATOR 3 =, OPERATOR 4 >>=, OPERATOR 5 >>>, FUNCTION 1 rev_cmp(integer, integer);
COMMENT ON OPERATOR CLASS rev_int_ops USING btree IS 'reverse order';
CREATE TABLE scores (id integer PRIMARY KEY, points integer NOT NULL);
CREATE INDEX scores_points_desc ON scores (points rev_int_ops);
