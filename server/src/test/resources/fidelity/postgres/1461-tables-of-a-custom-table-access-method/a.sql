-- tables of another table access method than heap (USING heap2): schemactl's dump and the plans that create such a
-- table once wrote it without USING, so it came back a heap table (pg_class.relam); its handler is heap's under a name
-- of the schema (so that dropping the schema drops the method)
CREATE FUNCTION heap2_handler(internal) RETURNS table_am_handler LANGUAGE internal AS 'heap_tableam_handler';
CREATE ACCESS METHOD heap2 TYPE TABLE HANDLER heap2_handler;
CREATE TABLE readings (id integer PRIMARY KEY, value numeric) USING heap2;
CREATE TABLE sensors (id integer PRIMARY KEY, name text NOT NULL);
CREATE TABLE stations (id integer PRIMARY KEY, name text NOT NULL) USING heap2 WITH (fillfactor=80);
