CREATE TABLE host (id integer PRIMARY KEY, ip text, mac text, code char(3), flags varbit(8), price money, body text);
