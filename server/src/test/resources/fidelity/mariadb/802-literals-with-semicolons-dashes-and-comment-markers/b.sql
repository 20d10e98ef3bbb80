CREATE TABLE snippets (
  id int NOT NULL,
  body text NOT NULL,
  terminator varchar(10) NOT NULL DEFAULT ';' COMMENT 'ends with;\n-- not a comment; /* nor this */',
  marker varchar(20) NOT NULL DEFAULT '-- x;' CHECK (marker <> ';;'),
  note varchar(40) DEFAULT '/* a */;' COMMENT 'DELIMITER ;;\r\n;',
  owner varchar(20) DEFAULT NULL COMMENT 'set by:\n--rollback job\n--changeset none',
  PRIMARY KEY (id),
  CONSTRAINT body_not_semicolon CHECK (body <> ';\n')
) COMMENT='table;\n-- comment';
