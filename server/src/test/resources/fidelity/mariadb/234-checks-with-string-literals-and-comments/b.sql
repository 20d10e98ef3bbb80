CREATE TABLE orders (
  id int NOT NULL,
  status varchar(20) NOT NULL DEFAULT 'new' COMMENT 'state: ''new'' or "paid"',
  note varchar(100) DEFAULT NULL CHECK (note <> 'it''s'),
  PRIMARY KEY (id),
  CONSTRAINT `Status Valid` CHECK (status in ('new','paid','can''t ship')),
  CONSTRAINT note_len CHECK (char_length(note) < 90 or note is null)
);
