CREATE DOMAIN dur AS interval hour to minute;
CREATE TABLE samples (
    id integer PRIMARY KEY,
    span interval,
    bits bit varying(8),
    price numeric(10,2),
    at timestamptz,
    local_time time with time zone,
    cost money,
    doc xml,
    spot point,
    seg lseg,
    area box,
    ring circle,
    mac macaddr,
    flag bit(3) DEFAULT B'101',
    lsn pg_lsn,
    r int4range,
    grid integer[][],
    tags varchar(10)[] DEFAULT '{}',
    b1 bit(1) DEFAULT B'0',
    f boolean DEFAULT 'f',
    dd dur
);
