CREATE TABLE readings (id int NOT NULL, taken datetime(6) NOT NULL, dur time(3) NOT NULL, seen timestamp(3) NOT NULL DEFAULT current_timestamp(3) ON UPDATE current_timestamp(3), PRIMARY KEY (id));
