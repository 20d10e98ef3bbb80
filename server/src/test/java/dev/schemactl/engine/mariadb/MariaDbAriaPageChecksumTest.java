package dev.schemactl.engine.mariadb;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An Aria table's PAGE_CHECKSUM is the table's own: CREATE_OPTIONS lists it only once a rebuild wrote it there (any
 * ALTER TABLE, even {@code PAGE_CHECKSUM=DEFAULT}), SHOW CREATE TABLE prints it always. Read from SHOW CREATE TABLE
 * where CREATE_OPTIONS is silent, a table before and after a rebuild reads the same (pair 255's rollback check).
 */
class MariaDbAriaPageChecksumTest {

    private static final String SHOW_CREATE = "CREATE TABLE `notes` (\n  `id` int(11) NOT NULL,\n  PRIMARY KEY (`id`)\n)"
            + " ENGINE=Aria DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci PAGE_CHECKSUM=1";

    @Test
    void anAriaTableReadsTheSameBeforeAndAfterARebuild() {
        String checksum = MariaDbAriaTransactional.pageChecksum(SHOW_CREATE);
        assertThat(checksum).isEqualTo("1");
        String before = MariaDbTableOptions.read("Aria", "InnoDB", "transactional=1", false, null, false, checksum);
        String after = MariaDbTableOptions.read("Aria", "InnoDB", "page_checksum=1 transactional=1", false, null, false, null);
        assertThat(before).isEqualTo(after).isEqualTo("ENGINE=Aria PAGE_CHECKSUM=1");
    }

    @Test
    void theChecksumGoesWhereTheServerListsIt() {
        assertThat(MariaDbTableOptions.withPageChecksum("Aria", "min_rows=5 checksum=1 delay_key_write=1 row_format=PAGE transactional=1", "0"))
                .isEqualTo("min_rows=5 checksum=1 page_checksum=0 delay_key_write=1 row_format=PAGE transactional=1");
        assertThat(MariaDbTableOptions.withPageChecksum("Aria", null, "1")).isEqualTo("page_checksum=1");
        assertThat(MariaDbTableOptions.withPageChecksum("Aria", "page_checksum=0", "1")).isEqualTo("page_checksum=0");
        assertThat(MariaDbTableOptions.withPageChecksum("MyISAM", "pack_keys=1", "1")).isEqualTo("pack_keys=1");
    }

    @Test
    void onlyTheTableOptionsAreRead() {
        String partitioned = "CREATE TABLE `t` (\n  `c` varchar(20) DEFAULT 'PAGE_CHECKSUM=0'\n) ENGINE=Aria PAGE_CHECKSUM=1\n PARTITION BY HASH (`id`)";
        assertThat(MariaDbAriaTransactional.pageChecksum(partitioned)).isEqualTo("1");
        assertThat(MariaDbAriaTransactional.pageChecksum("CREATE TABLE `t` (\n  `id` int\n) ENGINE=Aria")).isNull();
    }
}
