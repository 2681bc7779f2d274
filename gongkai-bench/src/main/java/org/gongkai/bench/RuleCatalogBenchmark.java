package org.gongkai.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.gongkai.importing.canonical.CanonicalCodec;
import org.gongkai.importing.canonical.CanonicalFormat;
import org.gongkai.importing.canonical.ProfileLibrary;
import org.gongkai.importing.pdf.PdfImporter;
import org.gongkai.model.Disclosure;
import org.gongkai.validation.Finding;
import org.gongkai.validation.RuleCatalog;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.gongkai.validation.rules.StandardRules;

/**
 * The whole rule catalogue on one disclosure, one thread: the seed (statement only), the Shanghai
 * budget (nine tables, 115 lines), the Putuo finance bureau's 决算 of 2024 as imported from its PDF (nine
 * tables, 194 lines, the statement's 决算-against-预算 sentences) and a synthetic budget grown to hundreds of
 * table lines.
 * Run from the repository root: {@code java -jar gongkai-bench/target/benchmarks.jar RuleCatalog}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(1)
public class RuleCatalogBenchmark {

    private RuleCatalog catalog;
    private Disclosure seed;
    private Disclosure shanghai;
    private Disclosure large;

    @Setup
    public void setUp() throws IOException {
        CanonicalCodec codec = new CanonicalCodec();
        catalog = StandardRules.catalog(ProfileLibrary.standard()::orNull);
        seed = codec.read(Path.of("examples/linxi-kexie-2020.yaml"));
        shanghai = codec.read(Files.readString(
                Path.of("gongkai-core/src/test/resources/shanghai/czj-2025.yaml"), StandardCharsets.UTF_8),
                "czj-2025.yaml", CanonicalFormat.YAML);
        large = SyntheticDisclosures.widen(shanghai, 40);
        System.out.printf("%nlines: seed %d, shanghai %d, large %d%n",
                SyntheticDisclosures.lines(seed), SyntheticDisclosures.lines(shanghai), SyntheticDisclosures.lines(large));
    }

    @Benchmark
    public List<Finding> seed() {
        return catalog.check(seed);
    }

    @Benchmark
    public List<Finding> shanghai() {
        return catalog.check(shanghai);
    }

    /** The 决算, imported from its PDF once per fork; apart, so that the other benchmarks do not read a PDF. */
    @State(Scope.Benchmark)
    public static class FinalAccounts {
        Disclosure disclosure;

        @Setup
        public void importIt() {
            disclosure = new PdfImporter().read(
                    Path.of("gongkai-core/src/test/resources/corpus/shanghai/putuo-finance-bureau-2024-department-final-accounts.pdf"))
                    .disclosure();
            System.out.printf("%nlines: final accounts %d%n", SyntheticDisclosures.lines(disclosure));
        }
    }

    @Benchmark
    public List<Finding> finalAccounts(FinalAccounts f) {
        return catalog.check(f.disclosure);
    }

    @Benchmark
    public List<Finding> large() {
        return catalog.check(large);
    }
}
