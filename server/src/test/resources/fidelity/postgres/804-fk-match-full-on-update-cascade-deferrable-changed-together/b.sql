CREATE TABLE regions (country text, code text, PRIMARY KEY (country, code));
CREATE TABLE stores (id integer PRIMARY KEY, country text, code text, manager integer,
    CONSTRAINT stores_region_fk FOREIGN KEY (country, code) REFERENCES regions ON UPDATE RESTRICT ON DELETE SET NULL (code) DEFERRABLE INITIALLY DEFERRED);
CREATE TABLE staff (id integer PRIMARY KEY, store_id integer CONSTRAINT staff_store_fk REFERENCES stores MATCH FULL ON DELETE SET NULL ON UPDATE CASCADE);
ALTER TABLE stores ADD CONSTRAINT stores_manager_fk FOREIGN KEY (manager) REFERENCES staff DEFERRABLE INITIALLY DEFERRED;
