CREATE TABLE jobs (
  sched varchar(20) NOT NULL,
  name varchar(40) NOT NULL,
  PRIMARY KEY (sched, name)
);
CREATE TABLE triggers (
  sched varchar(20) NOT NULL,
  tname varchar(40) NOT NULL,
  job varchar(40) NOT NULL,
  PRIMARY KEY (sched, tname),
  KEY idx_triggers_job (sched, job)
);
