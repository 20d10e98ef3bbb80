CREATE TABLE animals (
  grp enum('fish','mammal','bird') NOT NULL,
  id mediumint NOT NULL AUTO_INCREMENT,
  name char(30) NOT NULL,
  PRIMARY KEY (grp, id)
) ENGINE=MyISAM;
