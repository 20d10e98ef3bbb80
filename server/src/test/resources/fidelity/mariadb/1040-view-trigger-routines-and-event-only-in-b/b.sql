CREATE TABLE account (id int NOT NULL, name varchar(100) NOT NULL, updated_at datetime DEFAULT NULL, PRIMARY KEY (id));
CREATE TABLE account_log (id int NOT NULL AUTO_INCREMENT, account_id int NOT NULL, PRIMARY KEY (id));
CREATE FUNCTION shout(s varchar(100)) RETURNS varchar(100) DETERMINISTIC RETURN UPPER(s);
CREATE PROCEDURE rename_account(IN p_id int, IN p_name varchar(100)) BEGIN UPDATE account SET name = p_name WHERE id = p_id; END;
CREATE VIEW z_accounts AS SELECT id, name FROM account;
CREATE VIEW a_loud_accounts AS SELECT id, shout(name) AS name FROM z_accounts;
CREATE TRIGGER account_touched BEFORE UPDATE ON account FOR EACH ROW SET NEW.updated_at = NOW();
CREATE TRIGGER account_logged AFTER UPDATE ON account FOR EACH ROW BEGIN INSERT INTO account_log (account_id) VALUES (NEW.id); END;
CREATE EVENT purge_log ON SCHEDULE EVERY 1 DAY DISABLE DO DELETE FROM account_log;
