CREATE TABLE readings (id int NOT NULL, taken datetime(3) NOT NULL, dur time NOT NULL, seen timestamp(6) NOT NULL DEFAULT current_timestamp(6) ON UPDATE current_timestamp(6), PRIMARY KEY (id));
