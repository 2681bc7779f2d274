package org.gongkai.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import org.gongkai.importing.canonical.ProfileLibrary;
import org.gongkai.model.Disclosure;
import org.gongkai.validation.RuleCatalog;
import org.gongkai.validation.rules.StandardRules;

/**
 * The rule catalogue on the seed or the 决算, timed in CPU time of the checking thread rather than
 * wall time: on a shared machine a thread waiting for a core is not charged, so two builds of the
 * catalogue can be compared while others work (JMH's wall-clock figures are the reference on a quiet
 * machine). Warms up, then times 30 rounds of 300 checks and prints the best and the median.
 * Run from the repository root:
 * {@code java -cp gongkai-bench/target/benchmarks.jar org.gongkai.bench.RuleCatalogCpuTime seed|final}.
 */
public final class RuleCatalogCpuTime {

    private static final int WARM_UP = 20_000;
    private static final int ROUNDS = 30;
    private static final int CHECKS_PER_ROUND = 300;

    private RuleCatalogCpuTime() {}

    public static void main(String[] args) throws Exception {
        String which = args.length == 0 ? "seed" : args[0];
        Disclosure d = BenchDocuments.named(which);
        RuleCatalog catalog = StandardRules.catalog(ProfileLibrary.standard()::orNull);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int i = 0; i < WARM_UP; i++) {
            catalog.check(d);
        }
        long[] perCheck = new long[ROUNDS];
        for (int round = 0; round < ROUNDS; round++) {
            long start = threads.getCurrentThreadCpuTime();
            for (int i = 0; i < CHECKS_PER_ROUND; i++) {
                catalog.check(d);
            }
            perCheck[round] = (threads.getCurrentThreadCpuTime() - start) / CHECKS_PER_ROUND;
        }
        Arrays.sort(perCheck);
        System.out.printf("%s: CPU time per check, best %.1f µs, median %.1f µs (%d rounds of %d)%n",
                which, perCheck[0] / 1000.0, perCheck[ROUNDS / 2] / 1000.0, ROUNDS, CHECKS_PER_ROUND);
    }
}
