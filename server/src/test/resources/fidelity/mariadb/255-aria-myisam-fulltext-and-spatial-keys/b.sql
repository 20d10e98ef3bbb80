CREATE TABLE notes (
  id int NOT NULL,
  body text,
  PRIMARY KEY (id),
  FULLTEXT KEY ft_notes_body (body)
) ENGINE=Aria;
CREATE TABLE places (
  id int NOT NULL,
  pos point NOT NULL,
  code int NOT NULL,
  PRIMARY KEY (id),
  SPATIAL KEY sp_places_pos (pos)
) ENGINE=MyISAM;
