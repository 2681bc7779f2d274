package org.gongkai.workflow;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The disclosures as search lists them, each with its latest version and its latest published one.
 * A read model of the facade, kept beside its view types.
 */
interface Listings {

    /**
     * A version as listed: its number, status, digest, title, counts, and its content where the
     * search needs it (the text looked for is somewhere in it, or it has no stored title), else null.
     */
    record Listed(int version, String status, String sha256, String title, Integer errors, Integer warnings,
            Integer infos, String json) {
    }

    /** A disclosure with its department, its latest version and its latest published one (null if none). */
    record Listing(long id, Directory.DepartmentView department, int fiscalYear, LocalDate approvedOn,
            Instant publishedAt, Listed latest, Listed published, String kind) {
    }

    /**
     * Every disclosure, newest year first, of {@code year} (any if null), in the region {@code regionCode}
     * or below it (anywhere if null), with the content of versions that contain {@code needle} (lower
     * case; none if null).
     */
    List<Listing> find(String needle, Integer year, String regionCode);
}
