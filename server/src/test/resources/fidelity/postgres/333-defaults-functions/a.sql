CREATE TABLE t (id integer PRIMARY KEY, a text DEFAULT 'x', b timestamptz DEFAULT now(), c date DEFAULT CURRENT_DATE, d text DEFAULT current_user, e numeric DEFAULT 1.50);
