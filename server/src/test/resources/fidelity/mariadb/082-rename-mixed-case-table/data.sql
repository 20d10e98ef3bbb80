INSERT INTO Artist (Name) VALUES ('AC/DC'), ('Accept');
