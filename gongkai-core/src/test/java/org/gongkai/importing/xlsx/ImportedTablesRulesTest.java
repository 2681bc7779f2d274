package org.gongkai.importing.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.gongkai.disclosure.PublishDisclosure;
import org.gongkai.importing.canonical.CanonicalCodec;
import org.gongkai.importing.canonical.ProfileLibrary;
import org.gongkai.model.Disclosure;
import org.gongkai.testing.Documents;
import org.gongkai.validation.Category;
import org.gongkai.validation.Finding;
import org.gongkai.validation.RuleCatalog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.gongkai.validation.rules.StandardRules;

/** The rule catalogue on tables imported from a workbook finds what it finds in the published tables. */
class ImportedTablesRulesTest {

    @Test
    void theImportedShanghaiTablesAddUpExceptForThePublishedOneYuanSlip(@TempDir Path dir) throws IOException {
        Disclosure czj = Documents.read(Documents.CZJ);
        Path file = Files.write(dir.resolve("czj-2025.xlsx"),
                new PublishDisclosure(new CanonicalCodec(), ProfileLibrary.standard()::orNull).xlsx(czj));
        Disclosure imported = new XlsxImporter().read(file).disclosure();

        List<Finding> arithmetic = StandardRules.catalog(ProfileLibrary.standard()::orNull).check(imported).stream()
                .filter(f -> f.category() == Category.ARITHMETIC)
                .toList();

        // one root cause, one finding: the slip in 合计 and 公用经费 of 302 is reported once (a rounding hint)
        assertThat(arithmetic).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("classification-hierarchy-adds-up");
            assertThat(f.path()).isEqualTo("/tables/7/rows/11/amounts/total");
        });
    }
}
