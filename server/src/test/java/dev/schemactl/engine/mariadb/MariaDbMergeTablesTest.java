package dev.schemactl.engine.mariadb;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A MERGE table's UNION and INSERT_METHOD, which only SHOW CREATE TABLE prints, read and carried as table options. */
class MariaDbMergeTablesTest {

    @Test
    void readsUnionAndInsertMethodFromShowCreateTable() {
        String text = "CREATE TABLE `logs` (\n  `id` int(11) NOT NULL\n) ENGINE=MRG_MyISAM DEFAULT CHARSET=utf8mb4"
                + " COLLATE=utf8mb4_general_ci INSERT_METHOD=LAST UNION=(`log1`,`old log`)";
        assertThat(MariaDbMergeTables.said(text)).isEqualTo("INSERT_METHOD=LAST UNION=(`log1`,`old log`)");
        assertThat(MariaDbMergeTables.said("CREATE TABLE `logs` (\n  `id` int(11) NOT NULL\n) ENGINE=MRG_MyISAM")).isNull();
    }

    @Test
    void aSpacedTableNameInUnionStaysOneOptionAndEmptyingItSaysUnionParentheses() {
        String before = MariaDbTableOptions.withMerge("ENGINE=MRG_MyISAM", "INSERT_METHOD=LAST UNION=(`log1`,`old log`)");
        assertThat(MariaDbTableOptions.parse(before).options())
                .containsEntry("UNION", "(`log1`,`old log`)").containsEntry("INSERT_METHOD", "LAST");
        assertThat(MariaDbTableOptions.parse(before).changesTo(MariaDbTableOptions.parse("ENGINE=MRG_MyISAM")))
                .isEqualTo("INSERT_METHOD=NO, UNION=()");
        assertThat(MariaDbTableOptions.withMerge("ENGINE=MRG_MyISAM WITH SYSTEM VERSIONING", "UNION=(`a`)"))
                .isEqualTo("ENGINE=MRG_MyISAM UNION=(`a`) WITH SYSTEM VERSIONING");
    }
}
