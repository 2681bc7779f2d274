package org.gongkai.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.gongkai.importing.Importers;
import org.gongkai.importing.canonical.CanonicalCodec;
import org.gongkai.importing.canonical.CanonicalFormat;
import org.gongkai.importing.pdf.PdfImporter;
import org.gongkai.model.Disclosure;
import org.gongkai.testing.Documents;
import org.gongkai.validation.Finding;
import org.junit.jupiter.api.Test;

/**
 * The audit compares each disclosure with last year's of the same department when it holds both.
 * The 江苏省政协办公厅 budgets of 2017 and 2018, each a statement and a tables file, say of each other
 * what the other says of itself (2017: 因公出国（境）费76万元, 公务接待费443.5万元; 2018: 出国费增加30万元
 * to 106, 接待费减少31万元 to 412.5 — read from the PDFs), so the pair is silent; with the 2017 出国费
 * published otherwise, the 2018 document gets one finding.
 */
class AuditAcrossYearsTest {

    private static final CanonicalCodec CODEC = new CanonicalCodec();
    private final AuditDisclosures audit = new AuditDisclosures(
            new CheckDisclosures(new Importers(List.of(new PdfImporter())), d -> List.of()), f -> true);

    @Test
    void consecutiveYearsThatAgreeAreSilent() throws URISyntaxException {
        List<DocumentResult> checked = audit.acrossYears(List.of(year2017(null), year2018()));
        assertThat(checked).allSatisfy(r -> assertThat(acrossYears(r)).isEmpty());
    }

    @Test
    void lastYearPublishedOtherwiseIsAFindingOnThisYear() throws URISyntaxException {
        List<DocumentResult> checked = audit.acrossYears(List.of(year2017("/threePublic/abroad/amount = 80"), year2018()));
        assertThat(acrossYears(checked.get(0))).isEmpty();
        assertThat(acrossYears(checked.get(1))).extracting(Finding::path).containsExactly("/threePublic/abroad/change");
    }

    private static List<Finding> acrossYears(DocumentResult r) {
        return r.findings().stream().filter(f -> f.rule().equals("last-year-quoted-as-published")).toList();
    }

    private DocumentResult year2017(String edit) throws URISyntaxException {
        DocumentResult r = read("江苏省政协办公厅_江苏省政协办公厅2017年度部门预算.pdf", "江苏省政协办公厅_2017年度部门预算公开表.pdf");
        if (edit == null) {
            return r;
        }
        String yaml = Documents.edit(CODEC.write(r.disclosure(), CanonicalFormat.YAML), edit);
        Disclosure edited = Documents.read(yaml);
        return DocumentResult.checked(r.file(), edited, List.of());
    }

    private DocumentResult year2018() throws URISyntaxException {
        return read("江苏省政协办公厅_江苏省政协办公厅2018年度部门预算.pdf", "江苏省政协办公厅_江苏省政协办公厅2018度部门预算公开表.pdf");
    }

    private DocumentResult read(String statement, String tables) throws URISyntaxException {
        Path folder = Path.of(AuditAcrossYearsTest.class.getResource("/corpus/jiangsu").toURI());
        DocumentResult r = new CheckDisclosures(new Importers(List.of(new PdfImporter())), d -> List.of())
                .check(List.of(folder.resolve(statement), folder.resolve(tables)));
        assertThat(r.isUnusable()).as("%s + %s read", statement, tables).isFalse();
        assertThat(r.disclosure().threePublic().abroad()).isNotNull();
        return r;
    }
}
