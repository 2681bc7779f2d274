package org.gongkai.disclosure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.gongkai.rendering.Csv;
import org.gongkai.validation.Finding;
import org.gongkai.validation.CheckContext;
import org.gongkai.validation.Severity;
import org.gongkai.validation.rules.yoy.LastYearQuotedAsPublished;

/**
 * The use case behind {@code gongkai audit}: every disclosure in a folder imported and checked in
 * parallel, with progress, into two CSV reports: one row per document, one row per finding. A 决算 and the
 * budget of its department and year in the same folder are checked against each other
 * ({@link CheckFinalAccountsAgainstBudget}), the findings reported on the 决算.
 */
public final class AuditDisclosures {

    /** How far the audit has come. */
    public record Progress(int done, int total, String lastFile) {}

    /**
     * The two files of one disclosure published apart: in one folder, a file that holds only a
     * statement and one that holds only tables, of the same publisher and fiscal year, are read
     * again together as one document, which replaces both in the results (its file names them
     * both, joined by " + "). A file that fits more than one other is left alone. Each pair is
     * given as the indexes of its statement and its tables in {@code results}.
     */
    static List<int[]> parts(List<DocumentResult> results) {
        List<int[]> pairs = new ArrayList<>();
        java.util.Set<Integer> taken = new java.util.HashSet<>();
        for (int s = 0; s < results.size(); s++) {
            DocumentResult statement = results.get(s);
            if (!isOnly(statement, false)) {
                continue;
            }
            List<Integer> partners = new ArrayList<>();
            for (int t = 0; t < results.size(); t++) {
                if (isOnly(results.get(t), true) && samePublication(statement, results.get(t))) {
                    partners.add(t);
                }
            }
            if (partners.size() == 1 && !taken.contains(partners.get(0))) {
                taken.add(partners.get(0));
                pairs.add(new int[] {s, partners.get(0)});
            }
        }
        return pairs;
    }

    /**
     * Checks each document against last year's of the same kind by the same department, when the
     * folder holds it: what this year's statement says of last year must be what last year's said
     * of itself ({@link LastYearQuotedAsPublished}). The findings are added to the later document.
     */
    List<DocumentResult> acrossYears(List<DocumentResult> results) {
        List<DocumentResult> out = new ArrayList<>(results.size());
        for (DocumentResult later : results) {
            if (later.isUnusable()) {
                out.add(later);
                continue;
            }
            List<DocumentResult> earlier = results.stream()
                    .filter(r -> !r.isUnusable() && LastYearQuotedAsPublished.isLastYearOf(r.disclosure(), later.disclosure()))
                    .toList();
            if (earlier.size() != 1) {
                out.add(later); // none, or more than one that could be last year's: nothing sure to compare with
                continue;
            }
            List<Finding> across = LAST_YEAR.check(later.disclosure(), earlier.get(0).disclosure(),
                    CheckContext.of(null));
            out.add(across.isEmpty() ? later : later.withFindings(across));
        }
        return out;
    }

    private static final LastYearQuotedAsPublished LAST_YEAR = new LastYearQuotedAsPublished();

    /** Whether the document was read and holds only tables ({@code tables}) or only a statement. */
    private static boolean isOnly(DocumentResult r, boolean tables) {
        if (r.isUnusable() || r.file().contains(" + ")) {
            return false;
        }
        var d = r.disclosure();
        boolean hasTables = !d.tables().isEmpty();
        boolean hasStatement = !d.duties().isEmpty() || d.overview() != null || !d.glossary().isEmpty()
                || d.threePublic() != null || d.organisation() != null;
        return tables ? hasTables && !hasStatement : hasStatement && !hasTables;
    }

    private static boolean samePublication(DocumentResult a, DocumentResult b) {
        Path fa = Path.of(a.file()).toAbsolutePath().getParent();
        Path fb = Path.of(b.file()).toAbsolutePath().getParent();
        return java.util.Objects.equals(fa, fb)
                && a.disclosure().document().fiscalYear() == b.disclosure().document().fiscalYear()
                && samePublisher(a.disclosure().department().name(), b.disclosure().department().name());
    }

    /** The same publisher however shortened: 江苏省政协办公厅 and 政协办公厅, or one name inside the other. */
    private static boolean samePublisher(String a, String b) {
        return a.equals(b) || a.contains(b) || b.contains(a);
    }

    /** What the audit found, in sum. */
    public record Summary(int documents, int unusable, long errors, long warnings, long infos, Map<String, Long> topRules) {}

    private final CheckDisclosures checks;
    private final Predicate<Path> accepts;
    private final CheckFinalAccountsAgainstBudget acrossTheYear = new CheckFinalAccountsAgainstBudget();

    public AuditDisclosures(CheckDisclosures checks, Predicate<Path> accepts) {
        this.checks = checks;
        this.accepts = accepts;
    }

    /** The files of the folder (and its subfolders) an importer accepts, in name order. */
    public List<Path> files(Path folder) {
        try (var walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile).filter(accepts).sorted(Comparator.comparing(Path::toString)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Checks every file on {@code threads} threads, then reads the halves of a disclosure published
     * apart together (see {@link #parts}), again in parallel; results come back in file order. The
     * largest files start first, so that no thread is left with a large file at the end; a file is
     * parsed once in the run, its joined read taking the lines kept from its read alone.
     */
    public List<DocumentResult> run(List<Path> files, int threads, Consumer<Progress> progress) {
        CheckDisclosures run = checks.forOneRun();
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
        AtomicInteger done = new AtomicInteger();
        try {
            List<Future<DocumentResult>> futures = new ArrayList<>(java.util.Collections.nCopies(files.size(), null));
            for (int i : largestFirst(files)) {
                Path f = files.get(i);
                futures.set(i, pool.submit(() -> {
                    DocumentResult r = run.check(f);
                    progress.accept(new Progress(done.incrementAndGet(), files.size(), f.toString()));
                    return r;
                }));
            }
            List<DocumentResult> results = new ArrayList<>();
            for (Future<DocumentResult> fu : futures) {
                results.add(fu.get());
            }
            List<int[]> pairs = parts(results);
            List<Future<DocumentResult>> joined = new ArrayList<>();
            for (int[] pair : pairs) {
                Path statement = Path.of(results.get(pair[0]).file());
                Path tables = Path.of(results.get(pair[1]).file());
                joined.add(pool.submit(() -> run.check(List.of(statement, tables))));
            }
            DocumentResult[] out = results.toArray(new DocumentResult[0]);
            for (int k = 0; k < pairs.size(); k++) {
                out[pairs.get(k)[0]] = joined.get(k).get();
                out[pairs.get(k)[1]] = null; // read within the joined document
            }
            return acrossTheYear.across(acrossYears(java.util.Arrays.stream(out).filter(java.util.Objects::nonNull).toList()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("audit interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("audit failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /** The indexes of the files, the largest first. */
    private static List<Integer> largestFirst(List<Path> files) {
        long[] sizes = new long[files.size()];
        for (int i = 0; i < files.size(); i++) {
            try {
                sizes[i] = Files.size(files.get(i));
            } catch (IOException e) {
                sizes[i] = 0; // a missing file is reported by its read
            }
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparingLong((Integer i) -> sizes[i]).reversed());
        return order;
    }

    public static Summary summary(List<DocumentResult> results) {
        Map<String, Long> top = results.stream().flatMap(r -> r.findings().stream())
                .filter(f -> f.severity() != Severity.INFO)
                .collect(Collectors.groupingBy(Finding::rule, Collectors.counting()));
        return new Summary(results.size(), (int) results.stream().filter(DocumentResult::isUnusable).count(),
                results.stream().mapToLong(r -> r.count(Severity.ERROR)).sum(),
                results.stream().mapToLong(r -> r.count(Severity.WARNING)).sum(),
                results.stream().mapToLong(r -> r.count(Severity.INFO)).sum(), top);
    }

    /** One row per document: file, unit, year, profile, status, counts, the three most frequent problems. */
    public static void writeDocuments(List<DocumentResult> results, Path out) {
        Csv csv = Csv.forSpreadsheets(List.of("file", "department", "fiscal_year", "profile", "status", "errors", "warnings", "infos", "top_problems"));
        for (DocumentResult r : results) {
            String top = r.findings().stream().filter(f -> f.severity() != Severity.INFO)
                    .collect(Collectors.groupingBy(Finding::rule, Collectors.counting())).entrySet().stream()
                    .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                    .limit(3).map(e -> e.getKey() + "×" + e.getValue()).collect(Collectors.joining("; "));
            if (r.isUnusable()) {
                top = r.problems().isEmpty() ? "" : r.problems().get(0).describe();
            }
            csv.row(List.of(r.file(), r.isUnusable() ? "" : r.disclosure().department().name(),
                    r.isUnusable() ? "" : String.valueOf(r.disclosure().fiscalYear()),
                    r.isUnusable() ? "" : r.disclosure().document().profile(), r.isUnusable() ? "unusable" : "checked",
                    String.valueOf(r.count(Severity.ERROR)), String.valueOf(r.count(Severity.WARNING)),
                    String.valueOf(r.count(Severity.INFO)), top));
        }
        write(csv, out);
    }

    /** One row per finding (and per problem of an unusable file). */
    public static void writeFindings(List<DocumentResult> results, Path out) {
        Csv csv = Csv.forSpreadsheets(List.of("file", "rule", "category", "severity", "path", "place", "subject", "message",
                "expected", "actual", "difference"));
        for (DocumentResult r : results) {
            for (var p : r.problems()) {
                csv.row(List.of(r.file(), "input-unusable", "input", "error", p.pointer() == null ? "" : p.pointer(),
                        p.line() > 0 ? "line " + p.line() + ", column " + p.column() : "", "", p.message(), "", "", ""));
            }
            for (Finding f : r.findings()) {
                String place = r.placeOf(f.path());
                csv.row(List.of(r.file(), f.rule(), f.category().name().toLowerCase(Locale.ROOT),
                        f.severity().name().toLowerCase(Locale.ROOT), f.path(), place == null ? "" : place,
                        f.subject() == null ? "" : f.subject(), f.message(),
                        f.expected() == null ? "" : f.expected().toString(), f.actual() == null ? "" : f.actual().toString(),
                        f.difference() == null ? "" : f.difference().toString()));
            }
        }
        write(csv, out);
    }

    private static void write(Csv csv, Path out) {
        try {
            Path parent = out.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            Path staging = parent.resolve("." + out.getFileName() + ".part");
            Files.write(staging, csv.bytes());
            Files.move(staging, out, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
