-- MariaDB binds views and triggers to columns by name when they run: retyping a column they use is safe (PostgreSQL refuses it)
CREATE TABLE events (id INT AUTO_INCREMENT PRIMARY KEY, kind ENUM('a','b','c') NOT NULL, title VARCHAR(50) NOT NULL);
CREATE TABLE audit (id INT AUTO_INCREMENT PRIMARY KEY, what VARCHAR(100));
CREATE TRIGGER events_ai AFTER INSERT ON events FOR EACH ROW INSERT INTO audit (what) VALUES (CONCAT(NEW.kind, ' ', NEW.title));
CREATE VIEW event_titles AS SELECT id, kind, title FROM events;
