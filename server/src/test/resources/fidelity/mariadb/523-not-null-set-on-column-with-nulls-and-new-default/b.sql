CREATE TABLE profiles (
  id int NOT NULL AUTO_INCREMENT,
  locale varchar(10) NOT NULL DEFAULT 'en',
  newsletter tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (id),
  KEY idx_profiles_locale (locale)
);
