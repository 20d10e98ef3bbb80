CREATE TABLE t (id integer PRIMARY KEY, a int[], b integer ARRAY, c int[][], d text[3], e varchar(10)[], f numeric(10,2)[], g timestamptz[], h integer ARRAY[4]);
