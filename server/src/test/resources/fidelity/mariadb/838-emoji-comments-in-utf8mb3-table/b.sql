CREATE TABLE reactions (
  id int NOT NULL,
  kind varchar(20) NOT NULL COMMENT 'one of 👍 ❤️ 😂',
  emoji varchar(8) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin DEFAULT '👍',
  PRIMARY KEY (id)
) DEFAULT CHARSET=utf8mb3 COMMENT='reactions 🎉';
