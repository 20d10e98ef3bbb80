INSERT INTO articles VALUES (1,'Hello','world');
