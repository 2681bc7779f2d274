package org.gongkai.workflow;

import org.gongkai.lifecycle.WorkflowException;

import org.gongkai.lifecycle.Actor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.gongkai.importing.canonical.CanonicalCodec;
import org.gongkai.importing.canonical.CanonicalFormat;
import org.gongkai.model.Disclosure;
import org.gongkai.store.Database;
import org.gongkai.store.JdbcAuditLog;
import org.gongkai.testing.Documents;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Writes that run at the same moment (issue 14, item 5): appends to the audit log for different
 * disclosures all succeed and keep one chain; two creations of the same disclosure, two next-year
 * requests or two publications end in one success and refusals of kind {@code CONFLICT}, never a
 * database error. Run on H2 and on PostgreSQL.
 */
abstract class ConcurrentWritesContract {

    private static final CanonicalCodec CODEC = new CanonicalCodec();
    private static final int AT_ONCE = 8;

    private Workflow workflow;
    private JdbcAuditLog audit;

    abstract Database freshDatabase();

    @BeforeEach
    void setUp() {
        Database database = freshDatabase();
        database.migrate();
        Clock clock = Clock.fixed(Instant.parse("2025-02-01T02:00:00Z"), ZoneOffset.UTC);
        audit = new JdbcAuditLog(database, clock);
        Function<Disclosure, List<Workflow.Rendered>> renderer = d -> List.of(new Workflow.Rendered("json",
                "d.json", "application/json", CODEC.write(d, CanonicalFormat.JSON).getBytes()));
        workflow = new Workflow(database, audit, CODEC, d -> List.of(), renderer, d -> d, clock);
        Directory directory = JdbcUseCases.directory(database, audit);
        directory.createRegion(Actor.SYSTEM, null, "province", "上海市", "310000");
        for (int i = 0; i < AT_ONCE; i++) {
            directory.createDepartment(Actor.SYSTEM, "310000", "d" + i, "部门" + i, null, null);
        }
    }

    private static String document() {
        return CODEC.write(Documents.read(Documents.CZJ_CORRECTED), CanonicalFormat.JSON);
    }

    private long approved(String department) {
        long id = workflow.create(Actor.SYSTEM, "310000/" + department, document()).disclosure().id();
        workflow.submit(Actor.SYSTEM, id);
        workflow.approve(Actor.SYSTEM, id, LocalDate.parse("2025-01-20"));
        return id;
    }

    /** Runs the tasks at the same moment; each outcome is "ok" or the kind of refusal, or the failure's class. */
    private static List<String> atOnce(List<Callable<?>> tasks) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(tasks.size());
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<String>> outcomes = new ArrayList<>();
            for (Callable<?> task : tasks) {
                outcomes.add(pool.submit(() -> {
                    start.await();
                    try {
                        task.call();
                        return "ok";
                    } catch (WorkflowException e) {
                        return e.kind().name();
                    } catch (RuntimeException e) {
                        return e.getClass().getSimpleName() + ": " + e.getMessage();
                    }
                }));
            }
            start.countDown();
            List<String> result = new ArrayList<>();
            for (Future<String> f : outcomes) {
                result.add(f.get(60, TimeUnit.SECONDS));
            }
            return result;
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void appendsForDifferentDisclosuresAtOnceAllSucceedInOneChain() throws Exception {
        long before = audit.entries().size();
        List<Callable<?>> tasks = new ArrayList<>();
        for (int t = 0; t < AT_ONCE; t++) {
            String subject = "disclosure " + t;
            tasks.add(() -> {
                for (int i = 0; i < 25; i++) {
                    audit.append("wang", "save", subject + " v" + i, null, null);
                }
                return null;
            });
        }

        assertThat(atOnce(tasks)).containsOnly("ok");
        assertThat(audit.entries()).hasSize((int) before + AT_ONCE * 25);
        assertThat(audit.verify()).isEmpty();
    }

    @Test
    void savesOfDifferentDisclosuresAtOnceAllSucceed() throws Exception {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < AT_ONCE; i++) {
            ids.add(workflow.create(Actor.SYSTEM, "310000/d" + i, document()).disclosure().id());
        }
        List<Callable<?>> tasks = new ArrayList<>();
        for (long id : ids) {
            tasks.add(() -> {
                for (int i = 0; i < 5; i++) {
                    Workflow.Document d = workflow.document(Actor.SYSTEM, id, null);
                    workflow.save(Actor.SYSTEM, id, d.etag(), d.json());
                }
                return null;
            });
        }

        assertThat(atOnce(tasks)).containsOnly("ok");
        assertThat(audit.verify()).isEmpty();
    }

    @Test
    void twoCreationsOfTheSameDisclosureAtOnceAreOneSuccessAndConflicts() throws Exception {
        List<Callable<?>> tasks = new ArrayList<>();
        for (int i = 0; i < AT_ONCE; i++) {
            tasks.add(() -> workflow.create(Actor.SYSTEM, "310000/d0", document()));
        }

        List<String> outcomes = atOnce(tasks);

        assertThat(outcomes).filteredOn("ok"::equals).hasSize(1);
        assertThat(outcomes).filteredOn(o -> !o.equals("ok")).containsOnly("CONFLICT");
        assertThat(audit.verify()).isEmpty();
    }

    @Test
    void twoNextYearRequestsAtOnceAreOneSuccessAndConflicts() throws Exception {
        long id = approved("d0");
        workflow.publish(Actor.SYSTEM, id);
        List<Callable<?>> tasks = new ArrayList<>();
        for (int i = 0; i < AT_ONCE; i++) {
            tasks.add(() -> workflow.startNextYear(Actor.SYSTEM, id));
        }

        List<String> outcomes = atOnce(tasks);

        assertThat(outcomes).filteredOn("ok"::equals).hasSize(1);
        assertThat(outcomes).filteredOn(o -> !o.equals("ok")).containsOnly("CONFLICT");
    }

    @Test
    void twoPublicationsAtOnceAreOneSuccessAndConflicts() throws Exception {
        long id = approved("d0");
        List<Callable<?>> tasks = new ArrayList<>();
        for (int i = 0; i < AT_ONCE; i++) {
            tasks.add(() -> workflow.publish(Actor.SYSTEM, id));
        }

        List<String> outcomes = atOnce(tasks);

        assertThat(outcomes).filteredOn("ok"::equals).hasSize(1);
        assertThat(outcomes).filteredOn(o -> !o.equals("ok")).containsOnly("CONFLICT");
    }

    @Test
    void publicationsOfDifferentDisclosuresAtOnceAllSucceed() throws Exception {
        List<Callable<?>> tasks = new ArrayList<>();
        for (int i = 0; i < AT_ONCE; i++) {
            long id = approved("d" + i);
            tasks.add(() -> workflow.publish(Actor.SYSTEM, id));
        }

        assertThat(atOnce(tasks)).containsOnly("ok");
        assertThat(audit.verify()).isEmpty();
    }
}
