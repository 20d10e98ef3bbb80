package dev.schemactl.engine.mariadb;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MariaDbTriggerColumnsTest {

    @Test
    void readsNewAndOldColumnReferences() {
        assertThat(MariaDbTriggerColumns.uses("s", "INSERT INTO l (d) VALUES (NEW.qty - old.`unit price`)"))
                .containsExactly("s", "s.qty", "s.unit price");
    }

    @Test
    void ignoresStringLiteralsAndLongerWords() {
        assertThat(MariaDbTriggerColumns.uses("s", "SET @x = 'NEW.a', @y = RENEW.b + NEW . c"))
                .containsExactly("s", "s.c");
    }

    @Test
    void readsOtherTablesTheBodyNames() {
        // mariadb pair 590: renaming carts left the trigger on cart_items updating carts, and every insert failed
        assertThat(MariaDbTriggerColumns.uses("cart_items",
                "UPDATE carts SET total = total + NEW.price, note = 'baskets' WHERE id = NEW.cart_id AND `my table`.x = NEW.carts",
                java.util.Set.of("carts", "cart_items", "baskets", "my table", "price")))
                .containsExactly("cart_items", "cart_items.price", "cart_items.cart_id", "cart_items.carts", "carts", "my table");
    }

    /** A table rename moves the trigger (pair 912) unless its body names the table itself, which then names a table that is gone. */
    @Test
    void aBodyNamingItsOwnTableIsSeenOnlyOutsideNewAndOld() {
        assertThat(MariaDbTriggerColumns.bodyNamesItsTable("invoice",
                "CREATE TRIGGER invoice_bi BEFORE INSERT ON `invoice` FOR EACH ROW SET NEW.amount = ROUND(NEW.invoice, 1)")).isFalse();
        assertThat(MariaDbTriggerColumns.bodyNamesItsTable("invoice",
                "CREATE TRIGGER invoice_bi BEFORE INSERT ON `invoice` FOR EACH ROW SET NEW.n = 'invoice'")).isFalse();
        assertThat(MariaDbTriggerColumns.bodyNamesItsTable("invoice",
                "CREATE TRIGGER invoice_bi BEFORE INSERT ON `invoice` FOR EACH ROW SET NEW.n = (SELECT COUNT(*) FROM `invoice`)")).isTrue();
        assertThat(MariaDbTriggerColumns.bodyNamesItsTable("invoice",
                "CREATE TRIGGER invoice_bi BEFORE INSERT ON invoice FOR EACH ROW SET NEW.n = (SELECT COUNT(*) FROM Invoice)")).isTrue();
    }

    /** An event's body names tables (pair 913): dropping or renaming one is refused as for a trigger's. */
    @Test
    void readsTheTablesAnEventBodyNames() {
        assertThat(MariaDbTriggerColumns.tablesNamed("DELETE FROM sessions WHERE expires < NOW() AND note <> 'audit'",
                java.util.Set.of("sessions", "audit", "users"))).containsExactly("sessions");
        assertThat(MariaDbTriggerColumns.tablesNamed(null, java.util.Set.of("sessions"))).isEmpty();
    }
}
