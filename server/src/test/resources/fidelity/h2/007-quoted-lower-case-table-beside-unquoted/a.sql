-- quoted all-lower-case names ("album") are not the unquoted ones (album folds to ALBUM): two tables, two columns
CREATE TABLE album (id INT NOT NULL PRIMARY KEY, title VARCHAR(40));
