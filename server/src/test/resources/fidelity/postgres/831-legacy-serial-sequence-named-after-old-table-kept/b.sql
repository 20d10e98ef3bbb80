CREATE SEQUENCE refunds_id_seq AS integer;
CREATE TABLE chargebacks (id integer NOT NULL DEFAULT nextval('refunds_id_seq') PRIMARY KEY, reason text, amount numeric(10,2));
ALTER SEQUENCE refunds_id_seq OWNED BY chargebacks.id;
CREATE INDEX chargebacks_reason ON chargebacks (reason);
