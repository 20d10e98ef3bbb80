INSERT INTO t VALUES (1, '{sad,ok}');
