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
 * the errors and warnings, the time its import and check took. Where a golden of the document is
 * held ({@link Golden}: what it prints, written down by reading it), the import is compared with
 * it: the printed table lines read exactly, and the key figures read right.
 */
public final class MeasureFidelity {

    /** One document's measures; {@code problem} is the unusable input's first problem, else null. */
    public record Measure(
            String file, boolean usable, String problem, String profile, int tablesFound, int tablesRequired,
            List<TableKind> requiredMissing, int tableLines, int amounts, int unplaced, long errors, long warnings,
            long millis, GoldenComparison.Result golden) {

        /** A line of the harness's table, columns separated by tabs. */
        public String row() {
            return String.join("\t", file, usable ? "yes" : "NO", Objects.toString(profile, "-"),
                    tablesFound + "/" + tablesRequired, String.valueOf(tableLines), String.valueOf(amounts),
                    golden == null ? "-" : golden.linesRead() + "/" + golden.linesPrinted(),
                    golden == null ? "-" : golden.keysMatched() + "/" + golden.keys(),
                    String.valueOf(unplaced), String.valueOf(errors), String.valueOf(warnings), String.valueOf(millis),
                    usable ? (requiredMissing.isEmpty() ? "" : "missing " + requiredMissing.stream()
                            .map(k -> k.name().toLowerCase(Locale.ROOT)).toList()) : problem);
        }

        public static String header() {
            return String.join("\t", "document", "usable", "profile", "tables found/required", "table lines",
                    "amounts", "lines read/printed", "key figures matched", "unplaced", "errors", "warnings", "ms",
                    "note");
        }
    }

    private final AuditDisclosures audit;
    private final CheckDisclosures checks;
    private final Function<String, TemplateProfile> profiles;
    private final Path goldens;

    /** {@code goldens} is the folder of golden files, or null where none are held. */
    public MeasureFidelity(AuditDisclosures audit, CheckDisclosures checks, Function<String, TemplateProfile> profiles,
            Path goldens) {
        this.audit = audit;
        this.checks = checks;
        this.profiles = profiles;
        this.goldens = goldens;
    }

    /**
     * Audits the files to learn the documents (pairs published apart are joined as the audit joins
     * them), then imports and checks each document once more, alone, timed, and measures that.
     */
    public List<Measure> measure(List<Path> files) {
        List<Measure> measures = new ArrayList<>();
        for (DocumentResult grouped : audit.run(files, 1, p -> {})) {
            List<Path> parts = java.util.Arrays.stream(grouped.file().split(" \\+ ")).map(Path::of).toList();
            long start = System.nanoTime();
            DocumentResult r = checks.check(parts);
            long millis = (System.nanoTime() - start) / 1_000_000;
            measures.add(measure(r, millis));
        }
        return measures;
    }

    private Measure measure(DocumentResult r, long millis) {
        List<Golden> held = goldens == null ? List.of() : Golden.of(r.file(), goldens);
        if (r.isUnusable()) {
            String problem = r.problems().isEmpty() ? "" : r.problems().get(0).message();
            return new Measure(r.file(), false, problem, null, 0, 0, List.of(), 0, 0, 0, 0, 0, millis,
                    held.isEmpty() ? null : GoldenComparison.compare(held, null));
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
                required.size(), missing, lines, amounts, (int) unplaced, errors, warnings, millis,
                held.isEmpty() ? null : GoldenComparison.compare(held, d));
    }

    private static long count(List<Finding> findings, Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).count();
    }
}
