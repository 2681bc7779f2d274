package org.gongkai.rendering;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.gongkai.disclosure.PublishDisclosure;
import org.gongkai.importing.canonical.CanonicalCodec;
import org.gongkai.importing.canonical.ProfileLibrary;
import org.gongkai.model.Disclosure;
import org.gongkai.model.DocumentInfo;
import org.gongkai.testing.Documents;
import org.junit.jupiter.api.Test;

/** The approval and publication dates a document states are in every format it is published in. */
class PublishedDatesTest {

    private static final PublishDisclosure PUBLISH = new PublishDisclosure(new CanonicalCodec(), ProfileLibrary.standard()::orNull);

    private static Disclosure dated(Disclosure d, LocalDate approvedOn, LocalDate publishedOn) {
        DocumentInfo i = d.document();
        return new Disclosure(new DocumentInfo(i.title(), i.kind(), i.fiscalYear(), i.profile(), i.unit(), i.preamble(),
                approvedOn, publishedOn, i.dataAsOf(), i.compiledBy()), d.department(), d.dutiesIntroduction(),
                d.duties(), d.organisation(), d.overview(), d.operatingCosts(), d.threePublic(), d.performance(),
                d.procurement(), d.assets(), d.glossary(), d.otherMatters(), d.tables(), d.projectNotes(),
                d.finalAccounts());
    }

    @Test
    void everyFormatStatesTheApprovalAndPublicationDates() throws IOException {
        Disclosure d = dated(Documents.read(Documents.SEED), LocalDate.of(2020, 1, 10), LocalDate.of(2020, 1, 20));

        assertThat(new String(PUBLISH.html(d), StandardCharsets.UTF_8)).contains("批复日期：2020-01-10", "公开日期：2020-01-20");
        try (PDDocument pdf = Loader.loadPDF(PUBLISH.pdf(d))) {
            assertThat(new PDFTextStripper().getText(pdf).replaceAll("\\s", "")).contains("批复日期：2020-01-10",
                    "公开日期：2020-01-20");
        }
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(PUBLISH.xlsx(d)))) {
            List<Row> statement = wb.getFirstSheet().read();
            assertThat(statement).extracting(r -> r.getCellText(0)).contains("批复日期：2020-01-10", "公开日期：2020-01-20");
        }
        String datapackage = new String(PUBLISH.openData(d).get("datapackage.json"), StandardCharsets.UTF_8);
        assertThat(datapackage).contains("\"approvedOn\"", "2020-01-10", "\"publishedOn\"", "2020-01-20");
    }

    @Test
    void aDocumentWithoutDatesStatesNone() {
        Disclosure d = Documents.read(Documents.SEED);
        assertThat(d.document().approvedOn()).isNull();
        assertThat(new String(PUBLISH.html(d), StandardCharsets.UTF_8)).doesNotContain("批复日期：", "公开日期：");
        assertThat(new String(PUBLISH.openData(d).get("datapackage.json"), StandardCharsets.UTF_8))
                .doesNotContain("approvedOn", "publishedOn");
    }
}
