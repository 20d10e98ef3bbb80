CREATE TABLE prefs (
  id int NOT NULL,
  color enum('red','green','blue') NOT NULL DEFAULT 'red',
  channels set('mail','sms','push') NOT NULL DEFAULT 'mail,sms',
  PRIMARY KEY (id)
);
