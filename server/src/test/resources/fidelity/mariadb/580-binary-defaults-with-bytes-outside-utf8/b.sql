CREATE TABLE sessions (
  id binary(16) NOT NULL,
  payload blob,
  flags varbinary(4) NOT NULL DEFAULT 0x00FF,
  marker binary(2) DEFAULT 0xCAFE,
  PRIMARY KEY (id)
);
