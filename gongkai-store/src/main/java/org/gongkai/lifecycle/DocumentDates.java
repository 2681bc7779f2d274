package org.gongkai.lifecycle;

import java.time.LocalDate;
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

    /** The disclosure with the lifecycle's approval date and first publication day (kept if the lifecycle has none). */
    public static Disclosure stamp(Disclosure d, Lifecycle lifecycle) {
        DocumentInfo info = d.document();
        LocalDate approved = lifecycle.approvedOn() != null ? lifecycle.approvedOn() : info.approvedOn();
        LocalDate published = lifecycle.publishedOn() != null ? lifecycle.publishedOn() : info.publishedOn();
        if (java.util.Objects.equals(approved, info.approvedOn()) && java.util.Objects.equals(published, info.publishedOn())) {
            return d;
        }
        DocumentInfo dated = new DocumentInfo(info.title(), info.kind(), info.fiscalYear(), info.profile(), info.unit(),
                info.preamble(), approved, published, info.dataAsOf(), info.compiledBy());
        return new Disclosure(dated, d.department(), d.dutiesIntroduction(), d.duties(), d.organisation(),
                d.overview(), d.operatingCosts(), d.threePublic(), d.performance(), d.procurement(), d.assets(),
                d.glossary(), d.otherMatters(), d.tables(), d.projectNotes(), d.finalAccounts());
    }
}
