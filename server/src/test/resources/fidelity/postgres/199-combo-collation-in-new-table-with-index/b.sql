CREATE TABLE w (id integer PRIMARY KEY, word text COLLATE "C" NOT NULL);
CREATE INDEX w_word ON w (word);
