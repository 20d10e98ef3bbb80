CREATE TABLE t (id integer PRIMARY KEY, a char(4) DEFAULT 'x', b bpchar DEFAULT 'y  ', c bpchar NOT NULL DEFAULT '', d bpchar[] DEFAULT '{a,b}', e character(1)[]);
CREATE TABLE n (k bpchar PRIMARY KEY, v bpchar CHECK (v <> ''));
