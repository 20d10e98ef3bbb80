CREATE TABLE countdown (id integer GENERATED ALWAYS AS IDENTITY (INCREMENT BY -1) PRIMARY KEY, label text);
CREATE TABLE laps (id integer PRIMARY KEY, lap integer);
CREATE SEQUENCE laps_lap_seq AS integer INCREMENT BY -1 OWNED BY laps.lap;
ALTER TABLE laps ALTER COLUMN lap SET DEFAULT nextval('laps_lap_seq');
