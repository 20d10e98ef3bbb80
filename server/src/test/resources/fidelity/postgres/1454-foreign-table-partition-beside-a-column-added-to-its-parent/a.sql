-- a partition that is a foreign table (on a server of file_fdw): schemactl's dump once left it out without a word, and a
-- foreign table read as a plain one would lose its server; a column added to the parent reaches it through PARTITION OF
CREATE EXTENSION file_fdw;
CREATE SERVER archive FOREIGN DATA WRAPPER file_fdw;
CREATE TABLE events (id integer NOT NULL, region text NOT NULL, payload text) PARTITION BY LIST (region);
CREATE TABLE events_local PARTITION OF events FOR VALUES IN ('local');
CREATE FOREIGN TABLE events_archive PARTITION OF events FOR VALUES IN ('archive') SERVER archive
    OPTIONS (filename '/dev/null', format 'csv');
