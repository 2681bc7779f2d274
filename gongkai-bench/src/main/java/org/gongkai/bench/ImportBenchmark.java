package org.gongkai.bench;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.List;
import org.gongkai.importing.ImportResult;
import org.gongkai.importing.canonical.ProfileLibrary;
import org.gongkai.validation.Finding;
import org.gongkai.validation.RuleCatalog;
import org.gongkai.importing.pdf.PdfImporter;
import org.gongkai.importing.text.StatementTextImporter;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.gongkai.validation.rules.StandardRules;

/**
 * Importing published documents, file read included: the seed statement's text, the two
 * Shanghai PDFs, and a 31-page Jiangsu PDF imported and checked. Run from the repository root: {@code java -jar gongkai-bench/target/benchmarks.jar Import}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 4, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ImportBenchmark {

    private static final Path SEED = Path.of("gongkai-core/src/test/resources/seed/linxi-kexie-2020.txt");
    private static final Path CZJ = Path.of("gongkai-core/src/test/resources/shanghai/shanghai-czj-2025-unit-budget.pdf");
    private static final Path PUTUO = Path.of("gongkai-core/src/test/resources/shanghai/shanghai-putuo-wanli-2024-department-budget.pdf");

    /** A Jiangsu provincial department's 2018 budget: statement and twelve tables in one PDF of 31 pages. */
    private static final Path JIANGSU = Path.of("gongkai-core/src/test/resources/corpus/jiangsu/江苏省人大办公厅_省人大办公厅2018预算公开.pdf");

    private final StatementTextImporter text = new StatementTextImporter();
    private final RuleCatalog catalog = StandardRules.catalog(ProfileLibrary.standard()::orNull);
    private final PdfImporter pdf = new PdfImporter();

    @Benchmark
    public ImportResult seedText() {
        return text.read(SEED);
    }

    @Benchmark
    public ImportResult czjPdf() {
        return pdf.read(CZJ);
    }

    @Benchmark
    public ImportResult putuoPdf() {
        return pdf.read(PUTUO);
    }

    /** The 31-page Jiangsu PDF imported and checked with the whole catalogue. */
    @Benchmark
    public List<Finding> jiangsuPdfImportedAndChecked() {
        return catalog.check(pdf.read(JIANGSU).disclosure());
    }
}
