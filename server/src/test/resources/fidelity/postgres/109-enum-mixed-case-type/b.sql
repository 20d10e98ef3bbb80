CREATE TYPE "Status" AS ENUM ('Open', 'Closed');
CREATE TABLE ticket (id integer PRIMARY KEY, "State" "Status" DEFAULT 'Open');
