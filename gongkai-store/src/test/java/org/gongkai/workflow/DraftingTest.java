package org.gongkai.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
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
import org.gongkai.store.Digests;
import org.gongkai.testing.Documents;
import org.junit.jupiter.api.Test;

/**
 * Drafting over in-memory repositories, without a database: one disclosure of a kind a year, saves
 * under optimistic concurrency, who may change a draft, and a correction as a new draft version.
 */
class DraftingTest {

    private static final CanonicalCodec CODEC = new CanonicalCodec();
    private static final String JSON = CODEC.write(Documents.read(Documents.CZJ_CORRECTED), CanonicalFormat.JSON);
    private static final long CITY = 2;
    private static final long OWN = 7;
    private static final long OTHER = 8;

    private static final Actor PREPARER = new Actor(11L, "li", Role.PREPARER, null, Set.of(OWN));
    private static final Actor OTHER_PREPARER = new Actor(12L, "zhou", Role.PREPARER, null, Set.of(OTHER));

    private final InMemoryRepositories memory = new InMemoryRepositories()
            .department("310000/czj", OWN, CITY, 1L).department("310000/kjj", OTHER, CITY, 1L);
    private final Drafting drafting = new Drafting(memory.repositories(), CODEC, d -> List.of(), d -> List.of(),
            Clock.fixed(Instant.parse("2025-02-01T02:00:00Z"), ZoneOffset.UTC));

    private static WorkflowException.Kind refusal(Runnable step) {
        try {
            step.run();
        } catch (WorkflowException e) {
            return e.kind();
        }
        throw new AssertionError("not refused");
    }

    @Test
    void aDepartmentHasOneBudgetAYear() {
        long id = drafting.create(PREPARER, "310000/czj", JSON).disclosure().id();
        assertThat(memory.disclosures.latest(id).status()).isEqualTo(VersionStatus.DRAFT);
        assertThat(refusal(() -> drafting.create(PREPARER, "310000/czj", JSON)))
                .isEqualTo(WorkflowException.Kind.CONFLICT);
        assertThat(memory.disclosures.events).extracting(LifecycleEvent::action).containsExactly("create");
    }

    @Test
    void anUnknownDepartmentIsAnInvalidRequestAndAnotherDepartmentIsNotThePreparers() {
        assertThat(refusal(() -> drafting.create(PREPARER, "310000/none", JSON)))
                .isEqualTo(WorkflowException.Kind.INVALID);
        assertThat(refusal(() -> drafting.create(PREPARER, "310000/kjj", JSON)))
                .isEqualTo(WorkflowException.Kind.FORBIDDEN);
    }

    @Test
    void aSaveMustQuoteTheTagOfTheVersionItChanges() {
        long id = drafting.create(PREPARER, "310000/czj", JSON).disclosure().id();
        String tag = memory.disclosures.latest(id).etag();
        String changed = JSON.replace("2025年", "2025 年");
        assertThat(refusal(() -> drafting.save(PREPARER, id, null, changed)))
                .isEqualTo(WorkflowException.Kind.PRECONDITION_REQUIRED);
        assertThatThrownBy(() -> drafting.save(PREPARER, id, "\"v1-0000000000000000\"", changed))
                .isInstanceOfSatisfying(WorkflowException.class, e -> {
                    assertThat(e.kind()).isEqualTo(WorkflowException.Kind.STALE);
                    assertThat(e.details()).containsEntry("currentEtag", tag);
                });
        drafting.save(PREPARER, id, "\"" + tag + "\"", changed);
        assertThat(memory.disclosures.latest(id).json()).isEqualTo(CODEC.write(CODEC.read(changed, "changed",
                CanonicalFormat.JSON), CanonicalFormat.JSON));
        assertThat(memory.disclosures.latest(id).etag()).isNotEqualTo(tag);
    }

    @Test
    void anotherDepartmentsPreparerIsToldTheDraftIsNotThere() {
        long id = drafting.create(PREPARER, "310000/czj", JSON).disclosure().id();
        String tag = memory.disclosures.latest(id).etag();
        assertThat(refusal(() -> drafting.save(OTHER_PREPARER, id, tag, JSON)))
                .isEqualTo(WorkflowException.Kind.NOT_FOUND);
    }

    @Test
    void aCorrectionIsANewDraftVersionWithoutThePublicationDay() {
        memory.disclosures.add(new StoredVersion(40, OWN, 2025, DisclosureKind.BUDGET, 1, VersionStatus.PUBLISHED, JSON,
                Digests.sha256(JSON), Instant.parse("2025-01-10T02:00:00Z"), "li", java.time.LocalDate.parse("2025-01-20"),
                Instant.parse("2025-02-05T02:00:00Z")));
        assertThat(refusal(() -> drafting.correct(PREPARER, 40, " ", null))).isEqualTo(WorkflowException.Kind.INVALID);

        drafting.correct(PREPARER, 40, "更正一处文字", null);

        StoredVersion correction = memory.disclosures.latest(40);
        assertThat(correction.version()).isEqualTo(2);
        assertThat(correction.status()).isEqualTo(VersionStatus.DRAFT);
        assertThat(correction.disclosure(CODEC).document().publishedOn()).isNull();
        assertThat(memory.disclosures.latestPublishedVersion(40)).contains(1);
        assertThat(memory.disclosures.events).extracting(LifecycleEvent::comment).containsExactly("更正一处文字");
    }
}
