CREATE TABLE plans (id integer PRIMARY KEY, code char(4) NOT NULL DEFAULT 'FREE' CHECK (code = upper(code)), trial interval DEFAULT '14 days' CHECK (trial >= interval '0'), price numeric(8,2) NOT NULL DEFAULT 0 CHECK (price >= 0), flags bit(4) DEFAULT B'0000', started timestamp(0) DEFAULT now(), ip inet, tags varchar(10)[] DEFAULT '{}');
CREATE UNIQUE INDEX plans_code ON plans (code);
