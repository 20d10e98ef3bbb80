CREATE SCHEMA a;
CREATE SCHEMA "B";
CREATE TABLE public.events (id integer PRIMARY KEY, kind varchar(40));
CREATE TABLE a.event_log (id integer PRIMARY KEY, kind text, body jsonb NOT NULL DEFAULT '{}');
CREATE TABLE "B".events (id integer PRIMARY KEY, category text, "Level" integer, FOREIGN KEY (id) REFERENCES a.event_log (id));
CREATE INDEX events_kind ON public.events (kind);
CREATE INDEX events_kind ON a.event_log (kind);
CREATE INDEX events_kind ON "B".events (category);
