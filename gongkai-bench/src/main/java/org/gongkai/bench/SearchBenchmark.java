package org.gongkai.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.gongkai.importing.canonical.CanonicalCodec;
import org.gongkai.importing.canonical.CanonicalFormat;
import org.gongkai.model.Department;
import org.gongkai.model.Disclosure;
import org.gongkai.model.DocumentInfo;
import org.gongkai.store.Database;
import org.gongkai.store.JdbcAuditLog;
import org.gongkai.lifecycle.Actor;
import org.gongkai.workflow.Directory;
import org.gongkai.workflow.JdbcUseCases;
import org.gongkai.workflow.Workflow;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The portal's lists at a province's scale: {@code departments} published disclosures of the seed's
 * size (each its own department, all in one county) in an H2 database, and the public's search over
 * them, with and without a text. Run from the repository root:
 * {@code java -jar gongkai-bench/target/benchmarks.jar Search}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class SearchBenchmark {

    @Param({"1000"})
    public int departments;

    private Workflow workflow;

    @Setup
    public void load() throws Exception {
        CanonicalCodec codec = new CanonicalCodec();
        Disclosure seed = codec.read(Files.readString(Path.of("examples/linxi-kexie-2020.yaml"), StandardCharsets.UTF_8),
                "seed", CanonicalFormat.YAML);
        Database database = Database.open("jdbc:h2:mem:search" + System.nanoTime()
                + ";DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE", "sa", "");
        database.migrate();
        JdbcAuditLog audit = new JdbcAuditLog(database, Clock.systemUTC());
        // rendering is not what is measured: each publication keeps one small file
        workflow = new Workflow(database, audit, codec, d -> List.of(), d -> List.of(new Workflow.Rendered("json",
                "d.json", "application/json", new byte[] {'{', '}'})), d -> d, Clock.systemUTC());
        Directory directory = JdbcUseCases.directory(database, audit);
        directory.createRegion(Actor.SYSTEM, null, "province", "河北省", "130000");
        directory.createRegion(Actor.SYSTEM, "130000", "county", "临西县", "130535");
        for (int i = 0; i < departments; i++) {
            String code = "d" + i;
            directory.createDepartment(Actor.SYSTEM, "130535", code, "部门" + i, null, null);
            DocumentInfo info = seed.document();
            Disclosure d = new Disclosure(new DocumentInfo("部门" + i + "2020年度部门预算信息公开情况说明", info.kind(),
                    info.fiscalYear(), info.profile(), info.unit(), info.preamble(), info.approvedOn(), info.publishedOn(),
                    info.dataAsOf(), info.compiledBy()), new Department("部门" + i, code, seed.department().region()),
                    seed.dutiesIntroduction(), seed.duties(), seed.organisation(), seed.overview(), seed.operatingCosts(),
                    seed.threePublic(), seed.performance(), seed.procurement(), seed.assets(), seed.glossary(),
                    seed.otherMatters(), seed.tables(), seed.projectNotes());
            workflow.loadPublished(Actor.SYSTEM, "130535/" + code, d, "bench");
        }
    }

    @Benchmark
    public int everyPublishedDisclosure() {
        return workflow.search(Actor.PUBLIC, null, null, null).size();
    }

    @Benchmark
    public int byProjectName() {
        return workflow.search(Actor.PUBLIC, "轴承研究院科技创新", null, null).size();
    }

    @Benchmark
    public int byDepartmentName() {
        return workflow.search(Actor.PUBLIC, "部门999", "130000", 2020).size();
    }
}
