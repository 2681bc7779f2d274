package org.gongkai.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.gongkai.validation.Category;
import org.gongkai.validation.Finding;
import org.gongkai.validation.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The lifecycle of a disclosure without a database: which steps are allowed, and what each says happened. */
class LifecycleTest {

    private static final Instant NOON = Instant.parse("2025-03-01T04:00:00Z");

    private static Lifecycle at(VersionStatus status) {
        return new Lifecycle(DisclosureKind.BUDGET, 2025, 1, status, null, null);
    }

    private static Finding finding(Severity severity, String rule, String path) {
        return new Finding(rule, Category.ARITHMETIC, severity, path, null, "消息", "message", null, null, null);
    }

    @Test
    void aCleanDraftGoesThroughReviewToPublication() {
        Lifecycle draft = Lifecycle.started(DisclosureKind.BUDGET, 2025);

        Lifecycle.Transition submitted = draft.submit(List.of(), Set.of());
        assertThat(submitted.after().status()).isEqualTo(VersionStatus.SUBMITTED);
        assertThat(submitted.event()).isEqualTo(
                new LifecycleEvent(1, "submit", null, VersionStatus.DRAFT, VersionStatus.SUBMITTED));
        assertThat(submitted.event().auditAction()).isEqualTo("submit (draft -> submitted)");

        Lifecycle.Transition approved = submitted.after().approve(LocalDate.of(2025, 2, 20));
        assertThat(approved.after().approvedOn()).isEqualTo("2025-02-20");
        assertThat(approved.after().deadline()).isEqualTo("2025-03-12");
        assertThat(approved.event().comment()).isEqualTo("批复日期 2025-02-20");

        Lifecycle.Transition published = approved.after().publish(NOON);
        assertThat(published.after().status()).isEqualTo(VersionStatus.PUBLISHED);
        assertThat(published.after().firstPublishedAt()).isEqualTo(NOON);
        assertThat(published.after().publishedOn()).as("the day in Beijing").isEqualTo("2025-03-01");
        assertThat(published.event().auditAction()).isEqualTo("publish (approved -> published)");
    }

    @Test
    void errorsAndUnansweredWarningsBlockSubmissionAndAreListed() {
        List<Finding> findings = List.of(finding(Severity.ERROR, "sum", "/tables/0"),
                finding(Severity.WARNING, "three-public", "/threePublic"),
                finding(Severity.WARNING, "glossary", "/glossary"), finding(Severity.INFO, "note", "/"));

        assertThatThrownBy(() -> at(VersionStatus.DRAFT).submit(findings, Set.of("glossary /glossary")))
                .isInstanceOfSatisfying(WorkflowException.class, e -> {
                    assertThat(e.kind()).isEqualTo(WorkflowException.Kind.BLOCKED_BY_FINDINGS);
                    assertThat(e.problems()).extracting(WorkflowException.FieldProblem::pointer)
                            .containsExactly("/tables/0", "/threePublic");
                    assertThat(e.details()).containsEntry("errors", 1L).containsEntry("unacknowledgedWarnings", 1L);
                });
        List<Finding> answered = findings.subList(1, 4);
        assertThat(at(VersionStatus.DRAFT).submit(answered, Set.of("glossary /glossary", "three-public /threePublic"))
                .after().status()).isEqualTo(VersionStatus.SUBMITTED);
    }

    @ParameterizedTest(name = "{0} may not become {1}")
    @CsvSource({"draft, approved", "draft, published", "draft, returned", "submitted, published",
            "returned, approved", "published, submitted", "published, returned", "approved, submitted"})
    void aStepFromTheWrongStatusIsAConflict(String from, String to) {
        Lifecycle lifecycle = at(VersionStatus.ofCode(from));
        assertThatThrownBy(() -> step(lifecycle, VersionStatus.ofCode(to)))
                .isInstanceOfSatisfying(WorkflowException.class,
                        e -> assertThat(e.kind()).isEqualTo(WorkflowException.Kind.CONFLICT))
                .hasMessageContaining("is " + from);
    }

    @ParameterizedTest(name = "{0} becomes {1}")
    @CsvSource({"draft, submitted", "submitted, returned", "submitted, approved", "returned, submitted",
            "approved, returned", "approved, published"})
    void aStepFromItsStatusIsTaken(String from, String to) {
        assertThat(step(at(VersionStatus.ofCode(from)), VersionStatus.ofCode(to)).after().status())
                .isEqualTo(VersionStatus.ofCode(to));
    }

    @Test
    void aReturnNeedsAComment() {
        assertThatThrownBy(() -> at(VersionStatus.SUBMITTED).returnForChanges(" "))
                .isInstanceOfSatisfying(WorkflowException.class, e -> assertThat(e.problems())
                        .extracting(WorkflowException.FieldProblem::pointer).containsExactly("/comment"));
        assertThat(at(VersionStatus.SUBMITTED).returnForChanges(" 表3不平 ").event().comment()).isEqualTo("表3不平");
    }

    @Test
    void onlyADraftOrAReturnedVersionIsEdited() {
        assertThat(at(VersionStatus.RETURNED).edit().after().status()).isEqualTo(VersionStatus.DRAFT);
        assertThatThrownBy(() -> at(VersionStatus.SUBMITTED).edit()).hasMessageContaining("审核中");
        assertThatThrownBy(() -> at(VersionStatus.PUBLISHED).edit()).hasMessageContaining("start a correction");
    }

    @Test
    void aCorrectionIsANewDraftThatKeepsTheFirstApprovalAndPublication() {
        Lifecycle published = new Lifecycle(DisclosureKind.FINAL_ACCOUNTS, 2024, 1, VersionStatus.PUBLISHED,
                LocalDate.of(2025, 6, 1), NOON);

        Lifecycle.Transition correction = published.correct(" 更正表5 ");
        assertThat(correction.after()).isEqualTo(new Lifecycle(DisclosureKind.FINAL_ACCOUNTS, 2024, 2,
                VersionStatus.DRAFT, LocalDate.of(2025, 6, 1), NOON));
        assertThat(correction.event()).isEqualTo(new LifecycleEvent(2, "correct", "更正表5", null, VersionStatus.DRAFT));

        Lifecycle reapproved = correction.after().submit(List.of(), Set.of()).after().approve(LocalDate.of(2025, 9, 1))
                .after();
        assertThat(reapproved.approvedOn()).as("the first approval date stays").isEqualTo("2025-06-01");
        Lifecycle republished = reapproved.publish(NOON.plusSeconds(86_400 * 100)).after();
        assertThat(republished.firstPublishedAt()).isEqualTo(NOON);
        assertThatThrownBy(() -> at(VersionStatus.APPROVED).correct("x")).hasMessageContaining("仅已公开的版本可以更正");
        assertThatThrownBy(() -> published.correct("")).hasMessageContaining("change note");
    }

    @Test
    void anApprovalDateOutsideReasonIsRefused() {
        assertThatThrownBy(() -> at(VersionStatus.SUBMITTED).approve(LocalDate.of(1899, 12, 31)))
                .isInstanceOfSatisfying(WorkflowException.class,
                        e -> assertThat(e.kind()).isEqualTo(WorkflowException.Kind.INVALID));
    }

    private static Lifecycle.Transition step(Lifecycle l, VersionStatus to) {
        return switch (to) {
            case SUBMITTED -> l.submit(List.of(), Set.of());
            case RETURNED -> l.returnForChanges("why");
            case APPROVED -> l.approve(LocalDate.of(2025, 2, 1));
            case PUBLISHED -> l.publish(NOON);
            case DRAFT -> l.edit();
        };
    }
}
