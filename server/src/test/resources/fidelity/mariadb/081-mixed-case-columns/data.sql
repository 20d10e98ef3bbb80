INSERT INTO Track (Name, AlbumId) VALUES ('For Those About To Rock', 1);
