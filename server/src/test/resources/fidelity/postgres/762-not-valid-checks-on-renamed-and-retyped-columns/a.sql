CREATE TABLE payments (id bigint PRIMARY KEY, amt integer NOT NULL, currency text NOT NULL, note text);
ALTER TABLE payments ADD CONSTRAINT payments_amt_positive CHECK (amt > 0) NOT VALID;
ALTER TABLE payments ADD CONSTRAINT payments_currency_len CHECK (length(currency) = 3);
