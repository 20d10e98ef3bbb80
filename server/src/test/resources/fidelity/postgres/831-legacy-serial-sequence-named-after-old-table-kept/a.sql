CREATE SEQUENCE refunds_id_seq AS integer;
CREATE TABLE chargebacks (id integer NOT NULL DEFAULT nextval('refunds_id_seq') PRIMARY KEY, reason text);
ALTER SEQUENCE refunds_id_seq OWNED BY chargebacks.id;
