CREATE TABLE countdown (id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY, label text);
CREATE TABLE laps (id integer PRIMARY KEY, lap integer);
CREATE SEQUENCE laps_lap_seq AS integer OWNED BY laps.lap;
ALTER TABLE laps ALTER COLUMN lap SET DEFAULT nextval('laps_lap_seq');
