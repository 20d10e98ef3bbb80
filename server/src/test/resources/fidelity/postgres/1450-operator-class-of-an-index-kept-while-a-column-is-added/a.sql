-- an index on an operator class of the schema (its family, operators and support function too): schemactl's dump
-- once left the class out, and the dump then failed to load (operator class "rev_int_ops" does not exist)
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
-- a family member outside any class, and a hash class whose family CREATE OPERATOR CLASS made implicitly
ALTER OPERATOR FAMILY rev_int_fam USING btree ADD FUNCTION 2 (integer) btint4sortsupport(internal);
CREATE OPERATOR CLASS int_hash_ops FOR TYPE integer USING hash AS OPERATOR 1 =, FUNCTION 1 hashint4(integer);
CREATE TABLE scores (id integer PRIMARY KEY, points integer NOT NULL);
CREATE INDEX scores_points_desc ON scores (points rev_int_ops);
CREATE INDEX scores_points_hash ON scores USING hash (points int_hash_ops);
