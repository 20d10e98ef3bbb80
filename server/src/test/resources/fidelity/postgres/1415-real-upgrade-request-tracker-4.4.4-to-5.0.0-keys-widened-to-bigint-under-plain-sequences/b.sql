-- Request Tracker 4.4.4 -> 5.0.0: a.sql followed by the schema steps etc/upgrade/{4.5.0,4.5.1,4.5.3,4.5.4,4.5.7}/schema.Pg in order, as
-- rt-setup-database --action upgrade runs them (Debian request-tracker5 5.0.3+dfsg-3~deb12u7, /usr/share/request-tracker5/etc/upgrade/):
-- Classes.HotList dropped, Configurations and AuthTokens created, Transactions.Field widened, ids widened to bigint
CREATE SEQUENCE attachments_id_seq;

CREATE TABLE Attachments (
  id INTEGER DEFAULT nextval('attachments_id_seq'),
  TransactionId integer NOT NULL  ,
  Parent integer NOT NULL DEFAULT 0  ,
  MessageId varchar(160) NULL  ,
  Subject varchar(255) NULL  ,
  Filename varchar(255) NULL  ,
  ContentType varchar(80) NULL  ,
  ContentEncoding varchar(80) NULL  ,
  Content text NULL  ,
  Headers text NULL  ,
  Creator integer NOT NULL DEFAULT 0  ,
  Created TIMESTAMP NULL  ,
  PRIMARY KEY (id)

);

CREATE INDEX Attachments1 ON Attachments (Parent);

CREATE INDEX Attachments2 ON Attachments (TransactionId);

CREATE INDEX Attachments3 ON Attachments (Parent, TransactionId);

CREATE INDEX Attachments4 ON Attachments (Filename);

CREATE SEQUENCE transactions_id_seq;

CREATE TABLE Transactions (
  id INTEGER DEFAULT nextval('transactions_id_seq'),
  ObjectType varchar(255) NOT NULL  ,
  ObjectId integer NOT NULL DEFAULT 0  ,
  TimeTaken integer NOT NULL DEFAULT 0  ,
  Type varchar(20) NULL  ,
  Field varchar(40) NULL  ,
  OldValue varchar(255) NULL  ,
  NewValue varchar(255) NULL  ,
  ReferenceType varchar(255) NULL,
  OldReference integer NULL  ,
  NewReference integer NULL  ,
  Data varchar(255) NULL  ,

  Creator integer NOT NULL DEFAULT 0  ,
  Created TIMESTAMP NULL  ,
  PRIMARY KEY (id)

);

CREATE INDEX Transactions1 ON Transactions (ObjectType, ObjectId);

CREATE SEQUENCE objectcustomfieldvalues_id_s;

CREATE TABLE ObjectCustomFieldValues (
  id INTEGER DEFAULT nextval('objectcustomfieldvalues_id_s'),
  CustomField int NOT NULL  ,
  ObjectType varchar(255) NULL  ,
  ObjectId int NOT NULL  ,
  SortOrder integer NOT NULL DEFAULT 0  ,

  Content varchar(255) NULL  ,
  LargeContent text NULL,
  ContentType varchar(80) NULL,
  ContentEncoding varchar(80) NULL  ,

  Creator integer NOT NULL DEFAULT 0  ,
  Created TIMESTAMP NULL  ,
  LastUpdatedBy integer NOT NULL DEFAULT 0  ,
  LastUpdated TIMESTAMP NULL  ,
  Disabled integer NOT NULL DEFAULT 0 ,
  PRIMARY KEY (id)

);

CREATE INDEX ObjectCustomFieldValues1 ON ObjectCustomFieldValues (CustomField,ObjectType,ObjectId,Content);

CREATE INDEX ObjectCustomFieldValues2 ON ObjectCustomFieldValues (CustomField,ObjectType,ObjectId);

CREATE TABLE Classes (
id SERIAL,
Name varchar(255) NOT NULL DEFAULT '',
Description varchar(255) NOT NULL DEFAULT '',
SortOrder integer NOT NULL DEFAULT 0,
Disabled smallint NOT NULL DEFAULT 0,
Creator integer NOT NULL DEFAULT 0,
Created TIMESTAMP NULL,
LastUpdatedBy integer NOT NULL DEFAULT 0,
LastUpdated TIMESTAMP NULL,
HotList smallint NOT NULL DEFAULT 0,
PRIMARY KEY (id)
);

-- etc/upgrade/4.5.0/schema.Pg
ALTER TABLE Classes DROP COLUMN HotList;

-- etc/upgrade/4.5.1/schema.Pg
CREATE SEQUENCE configurations_id_seq;
CREATE TABLE Configurations (
    id                integer         DEFAULT nextval('configurations_id_seq'),
    Name              varchar(255)    NOT NULL,
    Content           text            NULL,
    ContentType       varchar(80)     NULL,
    Disabled          integer         NOT NULL DEFAULT 0 ,
    Creator           integer         NOT NULL DEFAULT 0,
    Created           timestamp                DEFAULT NULL,
    LastUpdatedBy     integer         NOT NULL DEFAULT 0,
    LastUpdated       timestamp                DEFAULT NULL,
    PRIMARY KEY (id)
);

CREATE INDEX Configurations1 ON Configurations (LOWER(Name), Disabled);
CREATE INDEX Configurations2 ON Configurations (Disabled);

-- etc/upgrade/4.5.3/schema.Pg
-- Add transaction support for new config in database feature
ALTER TABLE Transactions ALTER COLUMN Field TYPE varchar(255);

-- etc/upgrade/4.5.4/schema.Pg
ALTER TABLE Attachments ALTER COLUMN id SET DATA TYPE BIGINT, ALTER COLUMN TransactionId SET DATA TYPE BIGINT, ALTER COLUMN Parent SET DATA TYPE BIGINT;
ALTER TABLE Transactions ALTER COLUMN id SET DATA TYPE BIGINT;
ALTER TABLE ObjectCustomFieldValues ALTER COLUMN ObjectId SET DATA TYPE BIGINT;

-- etc/upgrade/4.5.7/schema.Pg
CREATE SEQUENCE authtokens_id_seq;
CREATE TABLE AuthTokens (
    id                integer                  DEFAULT nextval('authtokens_id_seq'),
    Owner             integer         NOT NULL DEFAULT 0,
    Token             varchar(256)    NULL,
    Description       varchar(255)    NOT NULL DEFAULT '',
    LastUsed          timestamp                DEFAULT NULL,
    Creator           integer         NOT NULL DEFAULT 0,
    Created           timestamp                DEFAULT NULL,
    LastUpdatedBy     integer         NOT NULL DEFAULT 0,
    LastUpdated       timestamp                DEFAULT NULL,
    PRIMARY KEY (id)
);

CREATE INDEX AuthTokensOwner ON AuthTokens (Owner);
