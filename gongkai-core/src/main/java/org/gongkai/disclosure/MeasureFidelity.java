package org.gongkai.disclosure;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import org.gongkai.model.BudgetTable;
import org.gongkai.model.Disclosure;
import org.gongkai.model.TableKind;
import org.gongkai.model.profile.TableSpec;
import org.gongkai.model.profile.TemplateProfile;
import org.gongkai.validation.Finding;
import org.gongkai.validation.Severity;

/**
 * The fidelity harness: how well the readers read a set of real documents. Each document (one
 * file, or the statement and tables of one disclosure published apart) is audited as
 * {@code gongkai audit} would, and measured: usable or not, the profile chosen, the tables found
 * against those its profile requires, the table lines and amounts read, the content not placed,
 * the errors and warnings, the time taken.
 */
public final class MeasureFidelity {

    /** One document's measures; {@code problem} is the unusable input's first problem, else null. */
    public record Measure(
            String file, boolean usable, String problem, String profile, int tablesFound, int tablesRequired,
            List<TableKind> requiredMissing, int tableLines, int amounts, int unplaced, long errors, long warnings,
            long millis) {

        /** A line of the harness's table, columns separated by tabs. */
        public String row() {
            return String.join("\t", file, usable ? "yes" : "NO", Objects.toString(profile, "-"),
                    tablesFound + "/" + tablesRequired, String.valueOf(tableLines), String.valueOf(amounts),
                    String.valueOf(unplaced), String.valueOf(errors), String.valueOf(warnings), String.valueOf(millis),
                    usable ? (requiredMissing.isEmpty() ? "" : "missing " + requiredMissing.stream()
                            .map(k -> k.name().toLowerCase(Locale.ROOT)).toList()) : problem);
        }

        public static String header() {
            return String.join("\t", "document", "usable", "profile", "tables found/required", "table lines",
                    "amounts", "unplaced", "errors", "warnings", "ms (mean)", "note");
        }
    }

    private final AuditDisclosures audit;
    private final Function<String, TemplateProfile> profiles;

    public MeasureFidelity(AuditDisclosures audit, Function<String, TemplateProfile> profiles) {
        this.audit = audit;
        this.profiles = profiles;
    }

    /** Audits the files (pairs published apart are joined as the audit joins them) and measures each. */
    public List<Measure> measure(List<Path> files) {
        List<Measure> measures = new ArrayList<>();
        long start = System.nanoTime();
        List<DocumentResult> results = audit.run(files, 1, p -> {});
        long perDocument = (System.nanoTime() - start) / 1_000_000 / Math.max(1, results.size());
        for (DocumentResult r : results) {
            measures.add(measure(r, perDocument));
        }
        return measures;
    }

    private Measure measure(DocumentResult r, long millis) {
        if (r.isUnusable()) {
            String problem = r.problems().isEmpty() ? "" : r.problems().get(0).message();
            return new Measure(r.file(), false, problem, null, 0, 0, List.of(), 0, 0, 0, 0, 0, millis);
        }
        Disclosure d = r.disclosure();
        TemplateProfile profile = profiles.apply(d.document().profile());
        List<TableKind> found = d.tables().stream().map(BudgetTable::kind).toList();
        List<TableKind> required = profile == null ? List.of()
                : profile.tables().stream().filter(TableSpec::required).map(TableSpec::kind).toList();
        List<TableKind> missing = required.stream().filter(k -> !found.contains(k)).toList();
        int lines = 0;
        int amounts = 0;
        for (BudgetTable t : d.tables()) {
            lines += t.rows().size() + t.incomeRows().size() + (t.total() == null ? 0 : 1) + (t.incomeTotal() == null ? 0 : 1);
            amounts += t.rows().stream().mapToInt(row -> row.amounts().size()).sum()
                    + t.incomeRows().stream().mapToInt(row -> row.amounts().size()).sum()
                    + (t.total() == null ? 0 : t.total().amounts().size())
                    + (t.incomeTotal() == null ? 0 : t.incomeTotal().amounts().size());
        }
        long unplaced = r.findings().stream().filter(f -> f.rule().equals(CheckDisclosures.UNPLACED_RULE)).count();
        long errors = count(r.findings(), Severity.ERROR);
        long warnings = count(r.findings(), Severity.WARNING);
        return new Measure(r.file(), true, null, d.document().profile(), (int) found.stream().distinct().count(),
                required.size(), missing, lines, amounts, (int) unplaced, errors, warnings, millis);
    }

    private static long count(List<Finding> findings, Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).count();
    }
}
