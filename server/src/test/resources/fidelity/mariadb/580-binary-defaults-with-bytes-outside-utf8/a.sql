CREATE TABLE sessions (
  id binary(16) NOT NULL,
  payload blob,
  PRIMARY KEY (id)
);
