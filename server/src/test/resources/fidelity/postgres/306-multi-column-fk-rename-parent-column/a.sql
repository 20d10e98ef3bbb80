CREATE TABLE region (country char(2), code text, name text, PRIMARY KEY (country, code));
CREATE TABLE store (id integer PRIMARY KEY, country char(2), region_code text, CONSTRAINT store_region_fk FOREIGN KEY (country, region_code) REFERENCES region (country, code) ON UPDATE CASCADE);
