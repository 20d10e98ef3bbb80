CREATE TABLE devices (
  id int NOT NULL,
  flags bit(5) NOT NULL DEFAULT b'10101',
  mask bit(8) DEFAULT b'11110000',
  built year NOT NULL DEFAULT 2020,
  opens time(3) DEFAULT '08:30:00.000',
  seen datetime(6) DEFAULT '2026-01-01 00:00:00.000000',
  mac binary(6) NOT NULL DEFAULT '\0\0\0\0\0\0',
  PRIMARY KEY (id)
);
