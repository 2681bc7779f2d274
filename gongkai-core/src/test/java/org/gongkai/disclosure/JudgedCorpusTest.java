package org.gongkai.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.gongkai.importing.Importers;
import org.gongkai.importing.canonical.CanonicalCodec;
import org.gongkai.importing.canonical.CanonicalImporter;
import org.gongkai.importing.canonical.ProfileLibrary;
import org.gongkai.importing.pdf.PdfImporter;
import org.gongkai.importing.text.StatementTextImporter;
import org.gongkai.importing.xlsx.XlsxImporter;
import org.gongkai.validation.Finding;
import org.gongkai.validation.RuleCatalog;
import org.gongkai.validation.Severity;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.gongkai.validation.rules.StandardRules;

/**
 * The judged corpus: for every real document held, each error and warning the catalogue raises is
 * recorded in {@code judged/<document>.findings.tsv}, judged true or false by reading the document,
 * with one line of evidence, and linked to the defect it reports in {@code <document>.defects.tsv}
 * (the defects a reviewer found by reading). The test fails on a finding nobody judged (a new false
 * alarm until someone reads it and says otherwise) and on a true finding that is no longer raised.
 * A finding judged false stays recorded with its cause (mostly content the readers lose), so that
 * the day it disappears the file is corrected. It prints precision and recall per document, the
 * table of docs/benchmarks.md. A draft of any file that is out of step is written under
 * {@code target/judged-draft/}.
 */
class JudgedCorpusTest {

    /** The documents: the name of the judged files, and the files read together as one disclosure. */
    static final Map<String, List<String>> DOCUMENTS = new LinkedHashMap<>();

    static {
        String sh = "corpus/shanghai/";
        String js = "corpus/jiangsu/";
        DOCUMENTS.put("linxi-kexie-2020", List.of("seed/linxi-kexie-2020.txt"));
        DOCUMENTS.put("shanghai-czj-2025-unit-budget", List.of(sh + "shanghai-czj-2025-unit-budget.pdf"));
        DOCUMENTS.put("shanghai-putuo-wanli-2024-department-budget", List.of(sh + "shanghai-putuo-wanli-2024-department-budget.pdf"));
        DOCUMENTS.put("putuo-district-office-2025-department-budget", List.of(sh + "putuo-district-office-2025-department-budget.pdf"));
        DOCUMENTS.put("jiangsu-renda-2017", List.of(js + "江苏省人大办公厅_江苏省人大办公厅2017年度预算公开.pdf"));
        DOCUMENTS.put("jiangsu-renda-2018", List.of(js + "江苏省人大办公厅_省人大办公厅2018预算公开.pdf"));
        DOCUMENTS.put("jiangsu-renda-2019", List.of(js + "江苏省人大办公厅_江苏省人大常委会2019年度部门预算公开.pdf",
                js + "江苏省人大办公厅_江苏省人大常委会办公厅2019年部门预算公开表.pdf"));
        DOCUMENTS.put("jiangsu-zhengxie-2017", List.of(js + "江苏省政协办公厅_江苏省政协办公厅2017年度部门预算.pdf",
                js + "江苏省政协办公厅_2017年度部门预算公开表.pdf"));
        DOCUMENTS.put("jiangsu-zhengxie-2018", List.of(js + "江苏省政协办公厅_江苏省政协办公厅2018年度部门预算.pdf",
                js + "江苏省政协办公厅_江苏省政协办公厅2018度部门预算公开表.pdf"));
        // held out while the rules were written, judged afterwards
        DOCUMENTS.put("jiangsu-zhengxie-2019", List.of(js + "江苏省政协办公厅_江苏省政协办公厅2019年度部门预算.pdf",
                js + "江苏省政协办公厅_江苏省政协办公厅2019年预算公开表.pdf"));
        DOCUMENTS.put("putuo-district-office-2025-unit-budget", List.of(sh + "putuo-district-office-2025-unit-budget.pdf"));
        DOCUMENTS.put("putuo-finance-bureau-2024-department-final-accounts",
                List.of(sh + "putuo-finance-bureau-2024-department-final-accounts.pdf"));
    }

    /** A judged finding: true or false, its rule and place, the defect it reports, the evidence. */
    record Judged(boolean verdict, String rule, String path, String defect, String evidence) {}

    /** What the catalogue raised on a document, errors and warnings, as "rule path". */
    private static final Map<String, List<String>> RAISED = new LinkedHashMap<>();

    /**
     * What the catalogue raised on the document's statement text (judged/text/), given whole as the
     * document's text, errors and warnings, as "rule subject": what the rules find when no reader
     * loses a sentence.
     */
    private static final Map<String, List<String>> RAISED_ON_TEXT = new LinkedHashMap<>();

    @BeforeAll
    static void check() throws URISyntaxException, IOException {
        Path drafts = Path.of("target", "judged-draft");
        if (Files.isDirectory(drafts)) {
            try (Stream<Path> old = Files.list(drafts)) {
                for (Path p : old.toList()) {
                    Files.delete(p);
                }
            }
        }
        Path resources = Path.of(JudgedCorpusTest.class.getResource("/judged").toURI()).getParent();
        ProfileLibrary profiles = ProfileLibrary.standard();
        Importers importers = new Importers(List.of(new CanonicalImporter(new CanonicalCodec(java.util.Locale.SIMPLIFIED_CHINESE)),
                new StatementTextImporter(), new PdfImporter(), new XlsxImporter()));
        RuleCatalog catalog = StandardRules.catalog(profiles::orNull);
        CheckDisclosures checks = new CheckDisclosures(importers, catalog::check);
        DOCUMENTS.entrySet().parallelStream().forEach(e -> {
            DocumentResult r = checks.check(e.getValue().stream().map(resources::resolve).toList());
            List<String> raised = r.findings().stream()
                    .filter(f -> f.severity() == Severity.ERROR || f.severity() == Severity.WARNING)
                    .map(JudgedCorpusTest::key).toList();
            List<String> onText = List.of();
            String text = statementText(e.getKey());
            if (text != null && !r.isUnusable()) {
                onText = catalog.check(withText(r.disclosure(), text)).stream()
                        .filter(f -> f.path().equals("/otherMatters"))
                        .filter(f -> f.severity() == Severity.ERROR || f.severity() == Severity.WARNING)
                        .map(f -> f.rule() + " " + f.subject()).toList();
            }
            synchronized (RAISED) {
                RAISED.put(e.getKey(), raised);
                RAISED_ON_TEXT.put(e.getKey(), onText);
            }
        });
    }

    /** The statement's text as extracted, line by line (the wording rules read a sentence on across lines). */
    private static String statementText(String document) {
        try (var in = JudgedCorpusTest.class.getResourceAsStream("/judged/text/" + document + ".txt")) {
            if (in == null) {
                return null;
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.startsWith("#"))
                    .collect(java.util.stream.Collectors.joining("\n"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The document as read, its whole statement text given as its text (otherMatters). */
    private static org.gongkai.model.Disclosure withText(org.gongkai.model.Disclosure d, String text) {
        return new org.gongkai.model.Disclosure(d.document(), d.department(), d.dutiesIntroduction(), d.duties(),
                d.organisation(), d.overview(), d.operatingCosts(), d.threePublic(), d.performance(), d.procurement(),
                d.assets(), d.glossary(), text, d.tables(), d.projectNotes(), d.finalAccounts());
    }

    private static String key(Finding f) {
        return f.rule() + " " + f.path();
    }

    static List<Judged> judged(String document) {
        return judged(document, ".findings.tsv");
    }

    static List<Judged> judged(String document, String suffix) {
        return rows(document + suffix).stream()
                .map(c -> new Judged(c[0].equals("true"), c[1], c[2], c[3], c.length > 4 ? c[4] : "")).toList();
    }

    /** Defect ids of a document, from its reading. */
    static List<String> defects(String document) {
        return rows(document + ".defects.tsv").stream().skip(1).map(c -> c[0]).toList();
    }

    /** The defects that deserve an error or a warning: not those a rule rightly reports as a hint (info). */
    static List<String> alarmingDefects(String document) {
        return rows(document + ".defects.tsv").stream().skip(1).filter(c -> !c[c.length - 1].contains("(info)"))
                .map(c -> c[0]).toList();
    }

    private static List<String[]> rows(String name) {
        try (var in = JudgedCorpusTest.class.getResourceAsStream("/judged/" + name)) {
            if (in == null) {
                return List.of();
            }
            List<String[]> rows = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    rows.add(line.split("\t"));
                }
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void everyErrorAndWarningIsJudgedAndNoTrueFindingIsLost() throws IOException {
        SoftAssertions soft = new SoftAssertions();
        for (String document : DOCUMENTS.keySet()) {
            compare(soft, document, ".findings.tsv", RAISED.get(document), "");
        }
        soft.assertAll();
    }

    @Test
    void onTheStatementTextEveryErrorAndWarningIsJudgedAndNoTrueFindingIsLost() throws IOException {
        SoftAssertions soft = new SoftAssertions();
        for (String document : DOCUMENTS.keySet()) {
            compare(soft, document, ".text-findings.tsv", RAISED_ON_TEXT.get(document), " (statement text)");
        }
        soft.assertAll();
    }

    private static void compare(SoftAssertions soft, String document, String suffix, List<String> raised, String what)
            throws IOException {
        List<Judged> judged = judged(document, suffix);
        List<String> unjudged = new ArrayList<>(raised);
        for (Judged j : judged) {
            unjudged.remove(j.rule() + " " + j.path());
        }
        List<String> lost = new ArrayList<>();
        List<String> stale = new ArrayList<>();
        List<String> left = new ArrayList<>(raised);
        for (Judged j : judged) {
            if (!left.remove(j.rule() + " " + j.path())) {
                (j.verdict() ? lost : stale).add(j.rule() + " " + j.path());
            }
        }
        if (!unjudged.isEmpty() || !lost.isEmpty() || !stale.isEmpty()) {
            writeDraft(document + suffix, raised, judged);
        }
        soft.assertThat(stale).as("%s%s: false alarms judged but no longer raised (take them out of the file)", document, what)
                .isEmpty();
        soft.assertThat(unjudged).as("%s%s: findings nobody judged (new false alarms until read)", document, what).isEmpty();
        soft.assertThat(lost).as("%s%s: true findings no longer raised", document, what).isEmpty();
    }

    @Test
    void everyTrueFindingReportsADefectFoundByReading() {
        for (String document : DOCUMENTS.keySet()) {
            List<String> defects = defects(document);
            assertThat(Stream.concat(judged(document).stream(), judged(document, ".text-findings.tsv").stream()).toList())
                    .filteredOn(Judged::verdict)
                    .as("%s: true findings name a defect of its reading", document)
                    .allSatisfy(j -> assertThat(defects).contains(j.defect()));
        }
    }

    @Test
    void printsPrecisionAndRecallPerDocument() {
        String table = table(".findings.tsv") + "\n" + table(".text-findings.tsv") + "\n" + combined();
        System.out.println(table);
        assertThat(table).contains("linxi-kexie-2020");
    }

    private static String table(String suffix) {
        StringBuilder table = new StringBuilder("| document | errors and warnings | true | false (reader) | false (rule) | precision | defects found by reading | reported | recall |\n"
                + "|---|---|---|---|---|---|---|---|---|\n");
        for (String document : DOCUMENTS.keySet()) {
            List<Judged> judged = raisedAndJudged(document, suffix);
            long t = judged.stream().filter(Judged::verdict).count();
            long fReader = judged.stream().filter(j -> !j.verdict() && j.evidence().startsWith("reader")).count();
            long fRule = judged.size() - t - fReader;
            List<String> defects = alarmingDefects(document);
            long reported = defects.stream().filter(id -> judged.stream().anyMatch(j -> j.verdict() && j.defect().equals(id))).count();
            table.append("| ").append(document).append(" | ").append(judged.size()).append(" | ").append(t).append(" | ")
                    .append(fReader).append(" | ").append(fRule).append(" | ").append(percent(t, judged.size())).append(" | ")
                    .append(defects.size()).append(" | ").append(reported).append(" | ").append(percent(reported, defects.size()))
                    .append(" |\n");
        }
        return table.toString();
    }

    /** The judged lines of the findings raised today (a judgement is counted once per raised finding). */
    private static List<Judged> raisedAndJudged(String document, String suffix) {
        List<String> raised = new ArrayList<>(suffix.equals(".findings.tsv") ? RAISED.get(document) : RAISED_ON_TEXT.get(document));
        List<Judged> counted = new ArrayList<>();
        for (Judged j : judged(document, suffix)) {
            if (raised.remove(j.rule() + " " + j.path())) {
                counted.add(j);
            }
        }
        return counted;
    }

    /** Recall when both are counted: the document as read, and its statement text. */
    private static String combined() {
        StringBuilder table = new StringBuilder("| document | defects found by reading | reported (read document or statement text) | recall |\n|---|---|---|---|\n");
        long all = 0;
        long found = 0;
        for (String document : DOCUMENTS.keySet()) {
            List<Judged> judged = Stream.concat(judged(document).stream(), judged(document, ".text-findings.tsv").stream()).toList();
            List<String> defects = alarmingDefects(document);
            long reported = defects.stream().filter(id -> judged.stream().anyMatch(j -> j.verdict() && j.defect().equals(id))).count();
            all += defects.size();
            found += reported;
            table.append("| ").append(document).append(" | ").append(defects.size()).append(" | ").append(reported).append(" | ")
                    .append(percent(reported, defects.size())).append(" |\n");
        }
        return table.append("| all | ").append(all).append(" | ").append(found).append(" | ").append(percent(found, all))
                .append(" |\n").toString();
    }

    private static String percent(long part, long whole) {
        return whole == 0 ? "–" : Math.round(100.0 * part / whole) + "%";
    }

    private static void writeDraft(String document, List<String> raised, List<Judged> judged) throws IOException {
        Path dir = Path.of("target", "judged-draft");
        Files.createDirectories(dir);
        List<String> lines = new ArrayList<>();
        List<Judged> open = new ArrayList<>(judged);
        for (String r : raised) {
            Judged j = open.stream().filter(x -> (x.rule() + " " + x.path()).equals(r)).findFirst().orElse(null);
            if (j != null) {
                open.remove(j);
                lines.add(j.verdict() + "\t" + j.rule() + "\t" + j.path() + "\t" + j.defect() + "\t" + j.evidence());
            } else {
                String[] p = r.split(" ", 2);
                lines.add("?\t" + p[0] + "\t" + p[1] + "\t-\t?");
            }
        }
        Files.write(dir.resolve(document), lines, StandardCharsets.UTF_8);
    }

    static Stream<String> documents() {
        return DOCUMENTS.keySet().stream();
    }
}
