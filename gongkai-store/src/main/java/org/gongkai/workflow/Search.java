package org.gongkai.workflow;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.gongkai.lifecycle.AccessPolicy;
import org.gongkai.lifecycle.Actor;
import org.gongkai.lifecycle.Placement;
import org.gongkai.lifecycle.Placements;
import org.gongkai.lifecycle.Transactions;
import org.gongkai.lifecycle.VersionStatus;
import org.gongkai.model.PublicationDeadline;
import org.gongkai.workflow.Listings.Listed;
import org.gongkai.workflow.Listings.Listing;
import org.gongkai.workflow.Workflow.DisclosureView;

/**
 * Finding disclosures by text, region and year, as the asker may see them: the listing and where
 * its departments sit are two reads, however many departments the answer has.
 */
final class Search {

    private final Transactions transactions;
    private final Listings listings;
    private final Placements placements;

    Search(Transactions transactions, Listings listings, Placements placements) {
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.listings = Objects.requireNonNull(listings, "listings");
        this.placements = Objects.requireNonNull(placements, "placements");
    }

    /**
     * Disclosures the asker may see, newest year first, optionally within a region (and below), of a
     * year, and containing a text (in the department's name or anywhere in the content: project,
     * indicator, statement). The public finds published versions only.
     */
    public List<DisclosureView> search(Actor actor, String text, String regionCode, Integer year) {
        String needle = text == null || text.isBlank() ? null : text.strip().toLowerCase(Locale.ROOT);
        return transactions.inTransaction(() -> {
            List<Listing> found = listings.find(needle, year, regionCode);
            Map<Long, Placement> places = actor.isPublic() ? Map.of()
                    : placements.of(found.stream().map(l -> l.department().id()).toList());
            AccessPolicy policy = new AccessPolicy(actor);
            List<DisclosureView> out = new ArrayList<>();
            for (Listing row : found) {
                Placement place = places.get(row.department().id());
                boolean insider = place != null && policy.seesDrafts(place);
                Listed shown = insider ? row.latest() : row.published();
                if (shown != null && matches(row, shown, needle)) {
                    out.add(view(row, shown, insider));
                }
            }
            return out;
        });
    }

    /**
     * The database's LIKE runs over the whole JSON text; a hit is kept only if it is in a value, so
     * that a field's name (fiscalYear, amount) finds nothing by itself.
     */
    private static boolean matches(Listing row, Listed shown, String needle) {
        return needle == null || row.department().name().toLowerCase(Locale.ROOT).contains(needle)
                || shown.json() != null && SearchText.valuesContain(shown.json(), needle);
    }

    private static DisclosureView view(Listing row, Listed shown, boolean insider) {
        String title = shown.title() != null ? shown.title() : DocumentTitle.of(shown.json());
        return new DisclosureView(row.id(), row.department(), row.fiscalYear(), title, shown.version(),
                insider ? shown.status() : VersionStatus.PUBLISHED.code(), Workflow.etag(shown.version(), shown.sha256()),
                shown.errors(), shown.warnings(), shown.infos(), row.approvedOn(),
                row.approvedOn() == null ? null : PublicationDeadline.deadline(row.approvedOn()), row.publishedAt(),
                row.published() == null ? null : row.published().version(), row.kind());
    }
}
