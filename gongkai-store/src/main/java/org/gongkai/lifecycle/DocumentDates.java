package org.gongkai.lifecycle;

import java.time.LocalDate;
import java.util.Objects;
import org.gongkai.model.Disclosure;
import org.gongkai.model.DocumentInfo;

/**
 * Writes the lifecycle's dates into the document, so that the document is the one place that says
 * when it was approved and published: what is published (every file, the open data) carries them, and
 * the rule catalogue's 20-day check reads them from there.
 */
public final class DocumentDates {

    private DocumentDates() {
    }

    /**
     * The disclosure without a publication day: a correction's draft, whose publication is still to
     * come. (Publishing it writes the first publication's day back; until then the 20-day rule has
     * nothing to check, rather than reporting the first publication's lateness as the draft's error.)
     */
    public static Disclosure unpublished(Disclosure d) {
        DocumentInfo info = d.document();
        if (info.publishedOn() == null) {
            return d;
        }
        return with(d, new DocumentInfo(info.title(), info.kind(), info.fiscalYear(), info.profile(), info.unit(),
                info.preamble(), info.approvedOn(), null, info.dataAsOf(), info.compiledBy()));
    }

    /** The disclosure with the lifecycle's approval date and first publication day (kept if the lifecycle has none). */
    public static Disclosure stamp(Disclosure d, Lifecycle lifecycle) {
        DocumentInfo info = d.document();
        LocalDate approved = lifecycle.approvedOn() != null ? lifecycle.approvedOn() : info.approvedOn();
        LocalDate published = lifecycle.publishedOn() != null ? lifecycle.publishedOn() : info.publishedOn();
        if (Objects.equals(approved, info.approvedOn()) && Objects.equals(published, info.publishedOn())) {
            return d;
        }
        return with(d, new DocumentInfo(info.title(), info.kind(), info.fiscalYear(), info.profile(), info.unit(),
                info.preamble(), approved, published, info.dataAsOf(), info.compiledBy()));
    }

    private static Disclosure with(Disclosure d, DocumentInfo info) {
        return new Disclosure(info, d.department(), d.dutiesIntroduction(), d.duties(), d.organisation(),
                d.overview(), d.operatingCosts(), d.threePublic(), d.performance(), d.procurement(), d.assets(),
                d.glossary(), d.otherMatters(), d.tables(), d.projectNotes(), d.finalAccounts());
    }
}
