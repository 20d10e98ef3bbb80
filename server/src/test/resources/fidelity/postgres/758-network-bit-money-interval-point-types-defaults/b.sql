CREATE TABLE devices (id integer PRIMARY KEY, ip inet NOT NULL DEFAULT '::1', subnet cidr DEFAULT '192.168.0.0/16'::cidr, mac macaddr8, flags bit(16) NOT NULL DEFAULT B'0000000000000001', mask varbit(32) DEFAULT B'1'::bit varying, price money DEFAULT 9.99, ttl interval hour to second(0) DEFAULT '02:00:00'::interval, window_len interval year to month DEFAULT '1 year 2 mons', location point DEFAULT point(0, 0), area box, ratio numeric(12,6) DEFAULT 0.5 CHECK (ratio BETWEEN 0 AND 1), big numeric(38,0) DEFAULT 1e20, tiny double precision DEFAULT 'NaN'::double precision);
CREATE INDEX devices_ip ON devices USING gist (ip inet_ops);
CREATE UNIQUE INDEX devices_mac ON devices (mac);
CREATE INDEX devices_location ON devices USING gist (location);
