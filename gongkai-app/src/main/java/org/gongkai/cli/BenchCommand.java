package org.gongkai.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.gongkai.disclosure.AuditDisclosures;
import org.gongkai.disclosure.CheckDisclosures;
import org.gongkai.disclosure.DocumentResult;
import org.gongkai.disclosure.FindingsReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code gongkai bench audit DIR}: the throughput of {@code gongkai audit} over a folder, measured
 * round after round in one process, so that the first (cold) round and the later (warm) rounds
 * show apart. Each round is what the audit command does: every file read and checked on the
 * workers, the halves of a disclosure joined, both CSV reports written (to a scratch folder).
 */
@Command(name = "bench", description = "测量批量检查的吞吐量 / measure throughput", subcommands = BenchCommand.Audit.class)
final class BenchCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "audit", description = "对一个文件夹反复批量检查并报告每秒文件数 / documents per second of audit over a folder")
    static final class Audit implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "DIR", description = "a folder of disclosures")
        Path folder;

        @Option(names = "--rounds", defaultValue = "5", description = "rounds in one process (default: 5)")
        int rounds;

        @Option(names = "--threads", description = "parallel workers (default: the number of cores)")
        Integer threads;

        @Override
        public Integer call() throws IOException {
            PrintWriter out = spec.commandLine().getOut();
            if (!Files.isDirectory(folder)) {
                spec.commandLine().getErr().println(folder + ": not a folder");
                return FindingsReport.UNUSABLE;
            }
            Wiring wiring = new Wiring(true);
            AuditDisclosures audit = new AuditDisclosures(new CheckDisclosures(wiring.importers, wiring.catalog::check),
                    wiring.importers::accepts);
            List<Path> files = audit.files(folder);
            int workers = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
            Path scratch = Files.createTempDirectory("gongkai-bench");
            out.printf("%d files in %s, %d worker(s), %d core(s)%n", files.size(), folder, workers,
                    Runtime.getRuntime().availableProcessors());
            out.println("round  documents  wall s  cpu s  documents/s");
            List<Double> rates = new ArrayList<>();
            try {
                for (int round = 1; round <= rounds; round++) {
                    long cpu = processCpuNanos();
                    long start = System.nanoTime();
                    List<DocumentResult> results = audit.run(files, workers, p -> { });
                    AuditDisclosures.writeDocuments(results, scratch.resolve("report.csv"));
                    AuditDisclosures.writeFindings(results, scratch.resolve("report-findings.csv"));
                    double wall = (System.nanoTime() - start) / 1e9;
                    double cpuSeconds = (processCpuNanos() - cpu) / 1e9;
                    double rate = results.size() / wall;
                    rates.add(rate);
                    out.printf("%5d  %9d  %6.2f  %5.1f  %11.1f%n", round, results.size(), wall, cpuSeconds, rate);
                    out.flush();
                }
            } finally {
                deleteAll(scratch);
            }
            if (rates.size() > 1) {
                double best = rates.subList(1, rates.size()).stream().mapToDouble(Double::doubleValue).max().orElse(0);
                out.printf("cold (round 1): %.1f documents/s; best warm round: %.1f documents/s%n", rates.get(0), best);
            }
            return 0;
        }

        /** CPU time of the whole process (every thread, the compiler and the collector included). */
        private static long processCpuNanos() {
            var os = ManagementFactory.getOperatingSystemMXBean();
            return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() : 0;
        }

        private static void deleteAll(Path dir) {
            try (var walk = Files.walk(dir)) {
                for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
