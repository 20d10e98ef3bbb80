INSERT INTO Album (Title) VALUES ('Balls to the Wall');
