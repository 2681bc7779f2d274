package org.gongkai.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.gongkai.importing.canonical.CanonicalCodec;
import org.gongkai.importing.canonical.CanonicalFormat;
import org.gongkai.lifecycle.Actor;
import org.gongkai.lifecycle.DisclosureKind;
import org.gongkai.lifecycle.LifecycleEvent;
import org.gongkai.lifecycle.Role;
import org.gongkai.lifecycle.StoredVersion;
import org.gongkai.lifecycle.VersionStatus;
import org.gongkai.lifecycle.WorkflowException;
import org.gongkai.model.Disclosure;
import org.gongkai.store.Digests;
import org.gongkai.testing.Documents;
import org.gongkai.validation.Category;
import org.gongkai.validation.Finding;
import org.gongkai.validation.Severity;
import org.junit.jupiter.api.Test;

/**
 * Review over in-memory repositories, without a database: who may submit, return and approve a
 * department's disclosure, what blocks a submission, and that the approval date goes into the document.
 */
class ReviewTest {

    private static final CanonicalCodec CODEC = new CanonicalCodec();
    private static final long PROVINCE = 1;
    private static final long CITY = 2;
    private static final long OTHER_CITY = 9;
    private static final long DEPARTMENT = 7;
    private static final long DISCLOSURE = 40;

    private static final Actor PREPARER = new Actor(11L, "li", Role.PREPARER, null, Set.of(DEPARTMENT));
    private static final Actor CITY_REVIEWER = new Actor(12L, "wang", Role.REVIEWER, CITY, Set.of());
    private static final Actor OTHER_REVIEWER = new Actor(13L, "zhao", Role.REVIEWER, OTHER_CITY, Set.of());

    private final InMemoryRepositories memory = new InMemoryRepositories().department("130535/306", DEPARTMENT, CITY,
            PROVINCE);
    private final InMemoryDisclosures disclosures = memory.disclosures;
    private final List<Finding> findings = new ArrayList<>();
    private final Review review = new Review(memory.repositories(), CODEC, d -> List.copyOf(findings),
            Clock.fixed(Instant.parse("2025-02-01T02:00:00Z"), ZoneOffset.UTC));

    private void stored(VersionStatus status) {
        String json = CODEC.write(Documents.read(Documents.CZJ_CORRECTED), CanonicalFormat.JSON);
        disclosures.add(new StoredVersion(DISCLOSURE, DEPARTMENT, 2025, DisclosureKind.BUDGET, 1, status, json,
                Digests.sha256(json), Instant.parse("2025-01-10T02:00:00Z"), "li", null, null));
    }

    private static Finding finding(Severity severity) {
        return new Finding("some-rule", Category.ARITHMETIC, severity, "/tables/0", null, "不平", "off", null, null, null);
    }

    @Test
    void thePreparerSubmitsAndTheCitysReviewerApprovesWithTheDateWrittenIntoTheDocument() {
        stored(VersionStatus.DRAFT);
        assertThat(review.submit(PREPARER, DISCLOSURE).status()).isEqualTo("submitted");
        String before = disclosures.latest(DISCLOSURE).sha256();

        // the stored document states 2025-01-20; the approval recorded here is what it must carry
        Workflow.DisclosureView approved = review.approve(CITY_REVIEWER, DISCLOSURE, LocalDate.parse("2025-01-23"));

        StoredVersion latest = disclosures.latest(DISCLOSURE);
        assertThat(approved.status()).isEqualTo("approved");
        assertThat(latest.approvedOn()).isEqualTo("2025-01-23");
        Disclosure document = latest.disclosure(CODEC);
        assertThat(document.document().approvedOn()).isEqualTo("2025-01-23");
        assertThat(latest.sha256()).isNotEqualTo(before);
        assertThat(disclosures.events).extracting(LifecycleEvent::action).containsExactly("submit", "approve");
    }

    @Test
    void anApprovalWithoutADateIsDatedTodayInBeijing() {
        stored(VersionStatus.SUBMITTED);
        review.approve(CITY_REVIEWER, DISCLOSURE, null);
        assertThat(disclosures.latest(DISCLOSURE).approvedOn()).isEqualTo("2025-02-01");
    }

    @Test
    void aReviewerOfAnotherRegionIsToldTheDraftIsNotThereAndNothingIsRecorded() {
        stored(VersionStatus.SUBMITTED);
        assertThatThrownBy(() -> review.approve(OTHER_REVIEWER, DISCLOSURE, LocalDate.parse("2025-01-20")))
                .isInstanceOfSatisfying(WorkflowException.class,
                        e -> assertThat(e.kind()).isEqualTo(WorkflowException.Kind.NOT_FOUND));
        assertThat(disclosures.latest(DISCLOSURE).status()).isEqualTo(VersionStatus.SUBMITTED);
        assertThat(disclosures.events).isEmpty();
    }

    @Test
    void thePreparerMayNotApproveTheirOwnDisclosure() {
        stored(VersionStatus.SUBMITTED);
        assertThatThrownBy(() -> review.approve(PREPARER, DISCLOSURE, null))
                .isInstanceOfSatisfying(WorkflowException.class,
                        e -> assertThat(e.kind()).isEqualTo(WorkflowException.Kind.FORBIDDEN));
        assertThat(disclosures.events).isEmpty();
    }

    @Test
    void anErrorBlocksSubmissionAndAnAcknowledgedWarningDoesNot() {
        stored(VersionStatus.DRAFT);
        findings.add(finding(Severity.ERROR));
        assertThatThrownBy(() -> review.submit(PREPARER, DISCLOSURE))
                .isInstanceOfSatisfying(WorkflowException.class,
                        e -> assertThat(e.kind()).isEqualTo(WorkflowException.Kind.BLOCKED_BY_FINDINGS));
        assertThat(disclosures.latest(DISCLOSURE).status()).isEqualTo(VersionStatus.DRAFT);

        findings.set(0, finding(Severity.WARNING));
        disclosures.acknowledge(DISCLOSURE, 1, Workflow.key("some-rule", "/tables/0"));
        assertThat(review.submit(PREPARER, DISCLOSURE).status()).isEqualTo("submitted");
    }

    @Test
    void aReturnNeedsACommentAndKeepsIt() {
        stored(VersionStatus.SUBMITTED);
        assertThatThrownBy(() -> review.returnForChanges(CITY_REVIEWER, DISCLOSURE, " "))
                .isInstanceOfSatisfying(WorkflowException.class,
                        e -> assertThat(e.kind()).isEqualTo(WorkflowException.Kind.INVALID));
        review.returnForChanges(CITY_REVIEWER, DISCLOSURE, "三公经费合计有误");
        assertThat(disclosures.latest(DISCLOSURE).status()).isEqualTo(VersionStatus.RETURNED);
        assertThat(disclosures.events).extracting(LifecycleEvent::comment).containsExactly("三公经费合计有误");
    }
}
