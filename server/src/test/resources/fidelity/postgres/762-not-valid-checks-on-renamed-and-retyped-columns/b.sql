CREATE TABLE payments (id bigint PRIMARY KEY, amount numeric(14,2) NOT NULL, currency char(3) NOT NULL, note varchar(500));
ALTER TABLE payments ADD CONSTRAINT payments_amt_positive CHECK (amount > 0) NOT VALID;
ALTER TABLE payments ADD CONSTRAINT payments_currency_len CHECK (length(currency) = 3);
ALTER TABLE payments ADD CONSTRAINT payments_currency_upper CHECK (currency = upper(currency)) NOT VALID;
ALTER TABLE payments ADD CONSTRAINT payments_note_len CHECK (length(note) <= 500) NOT VALID;
