-- altering a system-versioned table needs system_versioning_alter_history = KEEP (MariaDB refuses the ALTER otherwise)
CREATE TABLE prices (id INT PRIMARY KEY, amount DECIMAL(10,2), note VARCHAR(20)) WITH SYSTEM VERSIONING;
