CREATE TYPE mood AS ENUM ('sad', 'fine', 'happy');
CREATE TABLE diary (id integer PRIMARY KEY, moods mood[] DEFAULT '{fine}', CONSTRAINT not_all_sad CHECK (NOT ('sad' = ALL (moods))));
