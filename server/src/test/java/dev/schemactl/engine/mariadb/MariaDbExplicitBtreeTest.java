package dev.schemactl.engine.mariadb;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MariaDbExplicitBtreeTest {

    @Test
    void readsTheKeysWrittenUsingBtreeFromShowCreateTable() {
        String text = """
                CREATE TABLE `t` (
                  `id` int(11) NOT NULL,
                  `a` varchar(10) DEFAULT NULL,
                  `b) USING BTREE` int(11) DEFAULT NULL,
                  PRIMARY KEY (`id`) USING BTREE,
                  UNIQUE KEY `u` (`a`(5) DESC) USING BTREE COMMENT 'x',
                  KEY `k``y` (`b) USING BTREE`),
                  KEY `h` (`a`) USING HASH,
                  KEY `c` (`a`,`id`) USING BTREE,
                  FULLTEXT KEY `f` (`a`)
                ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci""";
        // `k``y`'s column is named like the words: only what follows the column list counts
        assertThat(MariaDbExplicitBtree.keys(text)).containsExactlyInAnyOrder("PRIMARY", "u", "c");
    }
}
