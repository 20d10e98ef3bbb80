CREATE TABLE marker ();
CREATE TABLE shrinking (a integer, b text);
