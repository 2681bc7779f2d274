package org.gongkai.importing.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.gongkai.importing.ImportResult;
import org.junit.jupiter.api.Test;

/**
 * In one batch run the joined read of a statement and its tables takes the lines kept from reading
 * each alone, and reads exactly what a fresh joined read does.
 */
class OneParsePerFileTest {

    private static final Path STATEMENT = PdfImporterCzjTest.resource("/corpus/jiangsu/江苏省政协办公厅_江苏省政协办公厅2018年度部门预算.pdf");
    private static final Path TABLES = PdfImporterCzjTest.resource("/corpus/jiangsu/江苏省政协办公厅_江苏省政协办公厅2018度部门预算公开表.pdf");

    @Test
    void aJoinedReadInOneRunEqualsAFreshJoinedRead() {
        PdfImporter run = new PdfImporter().forOneRun();
        ImportResult statement = run.read(STATEMENT);
        ImportResult tables = run.read(TABLES);
        assertThat(statement.disclosure().tables()).isEmpty();
        assertThat(tables.disclosure().tables()).isNotEmpty();

        ImportResult joined = run.read(List.of(STATEMENT, TABLES));
        ImportResult fresh = new PdfImporter().read(List.of(STATEMENT, TABLES));

        assertThat(joined.disclosure()).isEqualTo(fresh.disclosure());
        assertThat(joined.places()).isEqualTo(fresh.places());
        assertThat(joined.unplaced()).isEqualTo(fresh.unplaced());
    }
}
