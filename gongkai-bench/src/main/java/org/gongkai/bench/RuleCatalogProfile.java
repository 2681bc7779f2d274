package org.gongkai.bench;

import java.lang.management.ManagementFactory;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import org.gongkai.importing.canonical.ProfileLibrary;
import org.gongkai.model.Disclosure;
import org.gongkai.model.profile.TemplateProfile;
import org.gongkai.validation.CheckContext;
import org.gongkai.validation.Rule;
import org.gongkai.validation.RuleCatalog;
import org.gongkai.validation.rules.StandardRules;

/**
 * Where a check of the catalogue spends: each rule's CPU time and bytes allocated on the seed or the
 * 决算, warmed up, the rules run in catalogue order on one context per check as {@link RuleCatalog}
 * runs them (so a rule that first asks the context for the document's texts pays for walking them).
 * Run from the repository root:
 * {@code java -cp gongkai-bench/target/benchmarks.jar org.gongkai.bench.RuleCatalogProfile seed|final}.
 */
public final class RuleCatalogProfile {

    private static final int WARM_UP = 20_000;
    private static final int CHECKS = 20_000;

    private RuleCatalogProfile() {}

    public static void main(String[] args) throws Exception {
        String which = args.length == 0 ? "seed" : args[0];
        Disclosure d = BenchDocuments.named(which);
        ProfileLibrary library = ProfileLibrary.standard();
        List<Rule> rules = StandardRules.catalog(library::orNull).rules();
        TemplateProfile profile = library.orNull(d.document().profile());
        var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long tid = Thread.currentThread().getId();
        long[] nanos = new long[rules.size()];
        long[] bytes = new long[rules.size()];
        for (int pass = 0; pass < 2; pass++) {
            boolean measure = pass == 1;
            int checks = measure ? CHECKS : WARM_UP;
            for (int i = 0; i < checks; i++) {
                CheckContext context = new CheckContext(profile, CheckContext.DEFAULT_CROSS_UNIT_TOLERANCE);
                for (int r = 0; r < rules.size(); r++) {
                    long t0 = measure ? threads.getCurrentThreadCpuTime() : 0;
                    long b0 = measure ? threads.getThreadAllocatedBytes(tid) : 0;
                    rules.get(r).check(d, context);
                    if (measure) {
                        nanos[r] += threads.getCurrentThreadCpuTime() - t0;
                        bytes[r] += threads.getThreadAllocatedBytes(tid) - b0;
                    }
                }
            }
        }
        long totalNanos = java.util.Arrays.stream(nanos).sum();
        long totalBytes = java.util.Arrays.stream(bytes).sum();
        System.out.printf("%s: %.1f µs CPU and %.1f kB per check (%d checks; the timer's own cost included)%n",
                which, totalNanos / 1000.0 / CHECKS, totalBytes / 1024.0 / CHECKS, CHECKS);
        IntStream.range(0, rules.size()).boxed()
                .sorted(Comparator.comparingLong((Integer r) -> nanos[r]).reversed())
                .forEach(r -> System.out.printf("%8.2f µs %9.2f kB  %s%n",
                        nanos[r] / 1000.0 / CHECKS, bytes[r] / 1024.0 / CHECKS, rules.get(r).id()));
    }
}
