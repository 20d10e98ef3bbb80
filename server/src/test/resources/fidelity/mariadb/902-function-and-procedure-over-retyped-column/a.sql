CREATE TABLE prices (sku varchar(20) NOT NULL, cents int NOT NULL, PRIMARY KEY (sku));
CREATE FUNCTION price_of(p_sku varchar(20)) RETURNS int READS SQL DATA RETURN (SELECT cents FROM prices WHERE sku = p_sku);
CREATE PROCEDURE bump(IN p_sku varchar(20), IN p_by int) MODIFIES SQL DATA COMMENT 'raise a price' UPDATE prices SET cents = cents + p_by WHERE sku = p_sku;
