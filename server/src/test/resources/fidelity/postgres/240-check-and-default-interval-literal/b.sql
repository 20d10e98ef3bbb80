CREATE TABLE employee (id integer PRIMARY KEY, birthdate date NOT NULL, hired_until timestamptz DEFAULT (now() - '1 mon'::interval),
  CONSTRAINT "CK_Employee_BirthDate" CHECK (birthdate >= '1930-01-01'::date AND birthdate <= now() - '18 years'::interval));
