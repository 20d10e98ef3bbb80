CREATE TABLE ev (id integer PRIMARY KEY, starts timestamp NOT NULL, ends timestamp, hours numeric GENERATED ALWAYS AS (EXTRACT(epoch FROM ends - starts) / 3600) STORED);
