package org.gongkai.bench;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.gongkai.importing.ImportResult;
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

/**
 * Importing published documents, file read included: the seed statement's text and the two
 * Shanghai PDFs. Run from the repository root: {@code java -jar gongkai-bench/target/benchmarks.jar Import}.
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

    private final StatementTextImporter text = new StatementTextImporter();
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
}
