CREATE SEQUENCE row_version_seq START WITH 1 INCREMENT BY 1;
CREATE TABLE documents (
  id int NOT NULL,
  title varchar(100) NOT NULL,
  rev bigint NOT NULL DEFAULT nextval(row_version_seq) INVISIBLE,
  PRIMARY KEY (id)
);
