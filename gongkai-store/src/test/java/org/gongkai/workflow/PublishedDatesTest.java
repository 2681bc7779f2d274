package org.gongkai.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.gongkai.importing.canonical.CanonicalCodec;
import org.gongkai.importing.canonical.CanonicalFormat;
import org.gongkai.lifecycle.Actor;
import org.gongkai.model.Disclosure;
import org.gongkai.store.Database;
import org.gongkai.store.JdbcAuditLog;
import org.gongkai.testing.Documents;
import org.gongkai.validation.Finding;
import org.gongkai.validation.Severity;
import org.gongkai.validation.rules.deadline.PublishedWithinTwentyDaysOfApproval;
import org.gongkai.validation.CheckContext;
import org.gongkai.importing.canonical.ProfileLibrary;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The approval and publication dates are the document's: a disclosure published through the workflow
 * carries them in what is published, and the rule catalogue's 20-day rule checks that.
 */
class PublishedDatesTest {

    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static final CanonicalCodec CODEC = new CanonicalCodec();

    private final WorkflowTest.MovableClock clock = new WorkflowTest.MovableClock(Instant.parse("2025-02-01T02:00:00Z"));
    private Workflow workflow;
    private Database database;
    private JdbcAuditLog audit;

    @BeforeEach
    void setUp() {
        database = Database.open("jdbc:h2:mem:dates" + DATABASES.incrementAndGet()
                + ";DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE", "sa", "");
        database.migrate();
        audit = new JdbcAuditLog(database, clock);
        // the published file is the open data: the document as canonical JSON
        workflow = new Workflow(database, audit, CODEC, d -> List.of(), d -> List.of(new Workflow.Rendered("json",
                "d.json", "application/json", CODEC.write(d, CanonicalFormat.JSON).getBytes(StandardCharsets.UTF_8))),
                d -> d, clock);
        Directory directory = JdbcUseCases.directory(database, audit);
        directory.createRegion(Actor.SYSTEM, null, "province", "上海市", "310000");
        directory.createDepartment(Actor.SYSTEM, "310000", "a", "部门a", null, null);
    }

    private long approvedOn(String day) {
        long id = workflow.create(Actor.SYSTEM, "310000/a",
                CODEC.write(Documents.read(Documents.CZJ_CORRECTED), CanonicalFormat.JSON)).disclosure().id();
        workflow.submit(Actor.SYSTEM, id);
        workflow.approve(Actor.SYSTEM, id, LocalDate.parse(day));
        return id;
    }

    private Disclosure published(long id) {
        byte[] file = workflow.file(Actor.PUBLIC, id, null, "json").bytes();
        return CODEC.read(new String(file, StandardCharsets.UTF_8), "published file", CanonicalFormat.JSON);
    }

    private static List<Finding> twentyDayRule(Disclosure d) {
        return new PublishedWithinTwentyDaysOfApproval().check(d,
                CheckContext.of(ProfileLibrary.standard().orNull(d.document().profile())));
    }

    @Test
    void aDisclosurePublishedInTimeCarriesItsDatesAndPassesTheRule() {
        long id = approvedOn("2025-01-20");
        assertThat(CODEC.read(workflow.document(Actor.SYSTEM, id, null).json(), "approved", CanonicalFormat.JSON)
                .document().approvedOn()).as("the approval is written into the document").isEqualTo("2025-01-20");
        clock.set("2025-02-09T03:00:00Z"); // day 20 in Beijing

        workflow.publish(Actor.SYSTEM, id);

        Disclosure published = published(id);
        assertThat(published.document().approvedOn()).isEqualTo("2025-01-20");
        assertThat(published.document().publishedOn()).isEqualTo("2025-02-09");
        assertThat(twentyDayRule(published)).isEmpty();
        assertThat(workflow.document(Actor.PUBLIC, id, null).json()).isEqualTo(CODEC.write(published, CanonicalFormat.JSON));
    }

    @Test
    void aDisclosurePublishedLateIsFoundLateByTheRule() {
        long id = approvedOn("2025-01-10");
        clock.set("2025-02-09T16:30:00Z"); // 00:30 on 02-10 in Beijing: day 31

        workflow.publish(Actor.SYSTEM, id);

        List<Finding> findings = twentyDayRule(published(id));
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.path()).isEqualTo("/document/publishedOn");
            assertThat(f.message()).contains("2025-01-10").contains("2025-02-10").contains("第31天");
        });
    }

    @Test
    void aCorrectionKeepsTheFirstApprovalAndPublicationInItsDocument() {
        long id = approvedOn("2025-01-20");
        workflow.publish(Actor.SYSTEM, id);
        clock.set("2025-05-01T02:00:00Z");
        workflow.correct(Actor.SYSTEM, id, "更正一处文字", null);
        workflow.submit(Actor.SYSTEM, id);
        workflow.approve(Actor.SYSTEM, id, LocalDate.parse("2025-04-30"));
        workflow.publish(Actor.SYSTEM, id);

        Disclosure corrected = published(id);
        assertThat(corrected.document().approvedOn()).isEqualTo("2025-01-20");
        assertThat(corrected.document().publishedOn()).isEqualTo("2025-02-01");
        assertThat(twentyDayRule(corrected)).isEmpty();
    }

    @Test
    void aCorrectionOfALatePublicationIsNotBlockedByThePastLateness() {
        // the 20-day rule is among the checks that block submission
        workflow = new Workflow(database, audit, CODEC, PublishedDatesTest::twentyDayRule, d -> List.of(
                new Workflow.Rendered("json", "d.json", "application/json",
                        CODEC.write(d, CanonicalFormat.JSON).getBytes(StandardCharsets.UTF_8))), d -> d, clock);
        long id = approvedOn("2025-01-01");
        workflow.publish(Actor.SYSTEM, id); // 2025-02-01: day 31
        assertThat(twentyDayRule(published(id))).extracting(Finding::severity).containsExactly(Severity.ERROR);

        Workflow.Checked correction = workflow.correct(Actor.SYSTEM, id, "更正一处文字", null);
        assertThat(correction.findings()).extracting(Finding::severity).doesNotContain(Severity.ERROR);
        workflow.submit(Actor.SYSTEM, id);
        workflow.approve(Actor.SYSTEM, id, null);
        workflow.publish(Actor.SYSTEM, id);
        assertThat(published(id).document().publishedOn()).as("the first publication, as before").isEqualTo("2025-02-01");
    }
}
