INSERT INTO folders VALUES ('/', NULL), ('/a', '/'), ('/a/b', '/a');
