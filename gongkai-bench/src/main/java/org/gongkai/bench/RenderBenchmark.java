package org.gongkai.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.gongkai.disclosure.PublishDisclosure;
import org.gongkai.importing.canonical.CanonicalCodec;
import org.gongkai.importing.canonical.ProfileLibrary;
import org.gongkai.model.Disclosure;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Publishing the seed: HTML, PDF and XLSX from the model, and, in the same run, what departments do
 * today: LibreOffice converting our XLSX to PDF ({@code libreoffice --headless --convert-to pdf}).
 * Run from the repository root: {@code java -jar gongkai-bench/target/benchmarks.jar Render}.
 */
@State(Scope.Benchmark)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
public class RenderBenchmark {

    private PublishDisclosure publish;
    private Disclosure seed;
    private Path workbook;
    private Path outDir;

    @Setup
    public void setUp() throws IOException {
        CanonicalCodec codec = new CanonicalCodec();
        publish = new PublishDisclosure(codec, ProfileLibrary.standard()::orNull);
        seed = codec.read(Path.of("examples/linxi-kexie-2020.yaml"));
        outDir = Files.createTempDirectory("gongkai-bench");
        workbook = outDir.resolve("seed.xlsx");
        Files.write(workbook, publish.xlsx(seed));
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @Warmup(iterations = 3, time = 2)
    @Measurement(iterations = 5, time = 2)
    public byte[] html() {
        return publish.html(seed);
    }

    /** The PDF path (openhtmltopdf, PDFBox, font subsetting) takes about ten seconds of warm-up to settle. */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @Warmup(iterations = 8, time = 2)
    @Measurement(iterations = 5, time = 2)
    public byte[] pdf() {
        return publish.pdf(seed);
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @Warmup(iterations = 3, time = 2)
    @Measurement(iterations = 5, time = 2)
    public byte[] xlsx() {
        return publish.xlsx(seed);
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @Warmup(iterations = 3, time = 2)
    @Measurement(iterations = 5, time = 2)
    public Map<String, byte[]> openData() {
        return publish.openData(seed);
    }

    /** The conversion departments run today, on the workbook Gongkai writes (one process per document). */
    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @Warmup(iterations = 1)
    @Measurement(iterations = 5)
    public int libreofficeConvertsOurXlsxToPdf() throws IOException, InterruptedException {
        Process p = new ProcessBuilder("libreoffice", "--headless", "--convert-to", "pdf", "--outdir",
                outDir.toString(), workbook.toString()).redirectErrorStream(true).redirectOutput(outDir.resolve("lo.log").toFile()).start();
        int exit = p.waitFor();
        if (exit != 0 || !Files.exists(outDir.resolve("seed.pdf"))) {
            throw new IllegalStateException("libreoffice failed: " + Files.readString(outDir.resolve("lo.log")));
        }
        Files.delete(outDir.resolve("seed.pdf"));
        return exit;
    }
}
