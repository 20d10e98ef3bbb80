CREATE TABLE regions (country text, code text, PRIMARY KEY (country, code));
CREATE TABLE stores (id integer PRIMARY KEY, country text, code text, manager integer,
    CONSTRAINT stores_region_fk FOREIGN KEY (country, code) REFERENCES regions MATCH FULL ON UPDATE CASCADE);
CREATE TABLE staff (id integer PRIMARY KEY, store_id integer CONSTRAINT staff_store_fk REFERENCES stores ON DELETE CASCADE DEFERRABLE);
