CREATE TABLE prefs (
  id int NOT NULL,
  color set('red','green','blue','black') NOT NULL DEFAULT 'red',
  channels varchar(64) NOT NULL DEFAULT 'mail,sms',
  PRIMARY KEY (id)
);
