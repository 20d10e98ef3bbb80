CREATE TABLE prices (sku varchar(40) NOT NULL, cents bigint NOT NULL, PRIMARY KEY (sku));
CREATE FUNCTION price_of(p_sku varchar(40)) RETURNS bigint READS SQL DATA RETURN (SELECT cents FROM prices WHERE sku = p_sku);
CREATE PROCEDURE bump(IN p_sku varchar(40), IN p_by bigint) MODIFIES SQL DATA COMMENT 'raise a price' UPDATE prices SET cents = cents + p_by WHERE sku = p_sku;
