CREATE TABLE devices (id integer PRIMARY KEY, ip inet NOT NULL DEFAULT '127.0.0.1', subnet cidr DEFAULT '10.0.0.0/8', mac macaddr, flags bit(8) NOT NULL DEFAULT B'00000000', mask varbit(16), price money DEFAULT 0, ttl interval DEFAULT '1 day', location point, ratio numeric(10,4) DEFAULT 0.5, big numeric(30,0));
CREATE INDEX devices_ip ON devices USING gist (ip inet_ops);
CREATE UNIQUE INDEX devices_mac ON devices (mac);
