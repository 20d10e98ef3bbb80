CREATE TABLE availability (id integer PRIMARY KEY, slots int4multirange NOT NULL DEFAULT '{[1,5), [8,10)}'::int4multirange,
  span daterange CONSTRAINT availability_span_bounded CHECK (NOT isempty(span) AND NOT upper_inf(span)),
  busy tstzmultirange DEFAULT tstzmultirange());
CREATE INDEX availability_slots_gist ON availability USING gist (slots);
CREATE INDEX availability_span_spg ON availability USING spgist (span);
