CREATE SCHEMA x;
CREATE TABLE x."Binary Blobs" (id integer PRIMARY KEY, "Data ""raw""" bytea, meta jsonb);
ALTER TABLE x."Binary Blobs" ALTER COLUMN "Data ""raw""" SET STORAGE EXTERNAL;
ALTER TABLE x."Binary Blobs" ALTER COLUMN "Data ""raw""" SET COMPRESSION pglz;
ALTER TABLE x."Binary Blobs" ALTER COLUMN meta SET COMPRESSION lz4;
ALTER TABLE x."Binary Blobs" ALTER COLUMN meta SET STATISTICS 250;
ALTER TABLE x."Binary Blobs" SET (fillfactor = 80);
