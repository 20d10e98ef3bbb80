INSERT INTO document VALUES ('0C4B6F7E-6F6E-11EE-B962-0242AC120002', 'upper case in, lower case out'), ('aa4b6f7e-6f6e-11ee-b962-0242ac120002', 'second');
