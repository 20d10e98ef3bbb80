-- a foreign table that INHERITS a table (old-style partitioning of an archive): schemactl's dump once wrote it standalone,
-- with its parents' columns and checks as its own and no INHERITS; a column added to the parent reaches it by inheritance
CREATE EXTENSION file_fdw;
CREATE SERVER archive FOREIGN DATA WRAPPER file_fdw;
CREATE TABLE measurements (id integer NOT NULL, taken_at timestamptz DEFAULT now(), station text, value numeric CHECK (value >= 0));
CREATE TABLE calibrations (offset_value numeric DEFAULT 0);
CREATE FOREIGN TABLE measurements_2019 (source text, value numeric NOT NULL, CONSTRAINT source_known CHECK (source <> ''))
    INHERITS (measurements, calibrations) SERVER archive OPTIONS (filename '/dev/null', format 'csv');
ALTER FOREIGN TABLE ONLY measurements_2019 ALTER COLUMN taken_at SET DEFAULT '2019-01-01 00:00:00+00';
ALTER FOREIGN TABLE ONLY measurements_2019 ALTER COLUMN station SET NOT NULL;
COMMENT ON FOREIGN TABLE measurements_2019 IS 'readings of 2019, archived';
