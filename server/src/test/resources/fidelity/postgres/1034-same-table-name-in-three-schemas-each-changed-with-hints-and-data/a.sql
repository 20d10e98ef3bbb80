CREATE SCHEMA a;
CREATE SCHEMA "B";
CREATE TABLE public.events (id integer PRIMARY KEY, kind text);
CREATE TABLE a.events (id integer PRIMARY KEY, kind text, payload jsonb);
CREATE TABLE "B".events (id integer PRIMARY KEY, kind text, "Level" smallint);
CREATE INDEX events_kind ON public.events (kind);
CREATE INDEX events_kind ON a.events (kind);
CREATE INDEX events_kind ON "B".events (kind);
