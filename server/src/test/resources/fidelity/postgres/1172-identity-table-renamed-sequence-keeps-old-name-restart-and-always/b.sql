CREATE TABLE "Support Tickets" (id bigint GENERATED ALWAYS AS IDENTITY (SEQUENCE NAME tickets_id_seq) PRIMARY KEY, title text);
