INSERT INTO jobs VALUES ('s', 'j');
INSERT INTO triggers VALUES ('s', 't', 'j');
