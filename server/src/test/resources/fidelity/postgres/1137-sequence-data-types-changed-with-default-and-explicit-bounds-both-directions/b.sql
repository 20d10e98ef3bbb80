CREATE SEQUENCE small_up AS integer MAXVALUE 32767;
CREATE SEQUENCE int_up AS smallint;
CREATE SEQUENCE big_capped AS integer;
CREATE SEQUENCE small_down AS integer INCREMENT BY -1;
