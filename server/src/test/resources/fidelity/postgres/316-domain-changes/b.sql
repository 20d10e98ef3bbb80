CREATE DOMAIN "Email" AS text CHECK (VALUE ~ '@');
CREATE DOMAIN posint AS integer NOT NULL CHECK (VALUE > 0);
CREATE DOMAIN short_text AS varchar(20) DEFAULT 'n/a';
CREATE TABLE member (id integer PRIMARY KEY, mail "Email" NOT NULL, age posint, nick short_text, alt_mail "Email"[]);
