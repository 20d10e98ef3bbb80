CREATE TABLE box (id integer PRIMARY KEY, w numeric(8,2), h numeric(8,2), area numeric GENERATED ALWAYS AS (w * h) STORED);
