CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy');
CREATE TABLE diary (id integer PRIMARY KEY, moods mood[] DEFAULT '{ok}', CONSTRAINT not_all_sad CHECK (NOT ('sad' = ALL (moods))));
