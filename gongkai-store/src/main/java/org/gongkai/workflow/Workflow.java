package org.gongkai.workflow;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.gongkai.disclosure.FinalAccountsDraft;
import org.gongkai.importing.canonical.CanonicalCodec;
import org.gongkai.importing.canonical.ProfileLibrary;
import org.gongkai.lifecycle.Actor;
import org.gongkai.lifecycle.DeadlineStanding;
import org.gongkai.lifecycle.DisclosureKind;
import org.gongkai.lifecycle.StoredVersion;
import org.gongkai.model.Disclosure;
import org.gongkai.model.PublicationDeadline;
import org.gongkai.store.Database;
import org.gongkai.store.JdbcAuditLog;
import org.gongkai.validation.Finding;

/**
 * The review-and-release workflow of a finance bureau, shared by the server and any other caller:
 * a department prepares its disclosure for a year as a draft, the rule catalogue checks every save,
 * errors block submission and warnings must be acknowledged with a reason; a reviewer of the
 * region returns it with a comment or approves it, and publishes it. Publishing renders the files
 * once and keeps them with their SHA-256. A published version never changes: a correction is a new
 * version with a change note, and every published version stays public.
 *
 * <p>Each operation is one transaction that also writes the audit log, so a failure leaves nothing
 * behind. Who may do what is decided here, not at the web edge: the public sees published versions
 * only (a draft is "not found" to them), a preparer their own departments, a reviewer their region
 * and the regions below it, an administrator everything.
 */
public final class Workflow {

    /** China Standard Time: the day a deadline falls on is a day in Beijing. */
    public static final ZoneId ZONE = PublicationDeadline.ZONE;

    /**
     * A disclosure as listed: its department, year, where its latest version stands, its dates, and
     * its kind ({@code budget} or {@code final_accounts}: a department's budget and 决算 of a year are
     * two disclosures, each with its own approval date and deadline).
     */
    public record DisclosureView(long id, Directory.DepartmentView department, int fiscalYear, String title,
            int version, String status, String etag, Integer errors, Integer warnings, Integer infos,
            LocalDate approvedOn, LocalDate deadline, Instant publishedAt, Integer publishedVersion, String kind) {

        public boolean finalAccounts() {
            return DisclosureKind.FINAL_ACCOUNTS.code().equals(kind);
        }
    }

    public record VersionView(int version, String status, String sha256, String changeNote, Instant createdAt,
            String createdBy, Instant updatedAt, String updatedBy, Integer errors, Integer warnings, Integer infos) {
    }

    public record FileView(int version, String format, String fileName, String mediaType, long size, String sha256) {
    }

    public record FileContent(FileView file, byte[] bytes) {
    }

    public record EventView(int version, String action, String comment, String actor, Instant at) {
    }

    /** A warning answered by the preparer: which rule, where, and why it stands. */
    public record Acknowledgement(String rule, String path, String reason, String by, Instant at) {
    }

    /** The canonical JSON of one version and the entity tag that a save must quote. */
    public record Document(DisclosureView disclosure, int version, String status, String json, String etag) {
    }

    /** The state after a save or a check, with what the rule catalogue found. */
    public record Checked(DisclosureView disclosure, List<Finding> findings, Set<String> acknowledged) {
    }

    /** One department's standing for a year: see {@link #deadlines}. */
    public record DeadlineRow(Directory.DepartmentView department, Long disclosureId, String standing,
            String status, LocalDate approvedOn, LocalDate deadline, Instant publishedAt, Long daysLate,
            Integer errors, Integer warnings) {
    }

    /** A file made at publication. */
    public record Rendered(String format, String fileName, String mediaType, byte[] bytes) {
    }

    private final Drafting drafting;
    private final NextDisclosures next;
    private final Review review;
    private final Publishing publishing;
    private final Reading reading;
    private final Search search;
    private final Deadlines deadlines;

    /** A workflow whose 决算 drafts start from the budget with the standard template profiles. */
    public Workflow(Database database, JdbcAuditLog audit, CanonicalCodec codec,
            Function<Disclosure, List<Finding>> checks, Function<Disclosure, List<Rendered>> renderer,
            UnaryOperator<Disclosure> nextYear, Clock clock) {
        this(database, audit, codec, checks, renderer, nextYear,
                new FinalAccountsDraft(ProfileLibrary.standard())::draftFor, clock);
    }

    /**
     * @param nextYear           makes next year's draft from this year's published disclosure
     * @param finalAccountsDraft makes a year's 决算 draft from that year's published budget
     */
    public Workflow(Database database, JdbcAuditLog audit, CanonicalCodec codec,
            Function<Disclosure, List<Finding>> checks, Function<Disclosure, List<Rendered>> renderer,
            UnaryOperator<Disclosure> nextYear, UnaryOperator<Disclosure> finalAccountsDraft, Clock clock) {
        Objects.requireNonNull(database, "database");
        Objects.requireNonNull(clock, "clock");
        Repositories repositories = new Repositories(new JdbcTransactions(database),
                new JdbcDisclosures(database, audit, clock), new JdbcDepartments(database), new JdbcPlacements(database),
                new JdbcDisclosureViews(database));
        drafting = new Drafting(repositories, codec, checks, renderer, clock);
        next = new NextDisclosures(repositories, codec, checks, renderer, clock, nextYear, finalAccountsDraft);
        review = new Review(repositories, codec, checks, clock);
        publishing = new Publishing(repositories, codec, checks, renderer, clock);
        reading = new Reading(repositories, new JdbcHistory(database), codec, checks, renderer, clock);
        search = new Search(repositories.transactions(), new JdbcListings(database), repositories.placements());
        deadlines = new Deadlines(repositories.transactions(), new JdbcStandings(database), clock);
    }

    /** The entity tag of a version's content: its number and the start of its SHA-256. */
    public static String etag(int version, String sha256) {
        return StoredVersion.etag(version, sha256);
    }

    /** How an acknowledgement names the warning it answers: rule id and JSON pointer. */
    public static String key(String rule, String path) {
        return Drafts.key(rule, path);
    }

    // ---------------------------------------------------------------- drafting

    /** Starts the department's disclosure for the document's year as draft version 1. */
    public Checked create(Actor actor, String departmentKey, String canonicalJson) {
        return drafting.create(actor, departmentKey, canonicalJson);
    }

    /** Refuses a caller who may not start a draft for the department, before an upload is read. */
    public void requireMayCreate(Actor actor, String departmentKey) {
        drafting.requireMayCreate(actor, departmentKey);
    }

    /** Starts a draft from a disclosure read from an uploaded file. */
    public Checked createFromImport(Actor actor, String departmentKey, Disclosure disclosure, String fileName) {
        return drafting.createFromImport(actor, departmentKey, disclosure, fileName);
    }

    /** Saves a new content over the latest version, quoting the entity tag it was read with. */
    public Checked save(Actor actor, long id, String ifMatch, String canonicalJson) {
        return drafting.save(actor, id, ifMatch, canonicalJson);
    }

    /** Records the preparer's answers to warnings of the latest version. */
    public Checked acknowledge(Actor actor, long id, List<Acknowledgement> answers) {
        return drafting.acknowledge(actor, id, answers);
    }

    /** Starts a correction of the published disclosure as a new draft version. */
    public Checked correct(Actor actor, long id, String changeNote, String canonicalJson) {
        return drafting.correct(actor, id, changeNote, canonicalJson);
    }

    /** Starts next year's budget from this year's published one. */
    public Checked startNextYear(Actor actor, long id) {
        return next.startNextYear(actor, id);
    }

    /** Starts the year's 决算 from the year's published budget. */
    public Checked startFinalAccounts(Actor actor, long budgetId) {
        return next.startFinalAccounts(actor, budgetId);
    }

    // ---------------------------------------------------------------- review and publishing

    public DisclosureView submit(Actor actor, long id) {
        return review.submit(actor, id);
    }

    public DisclosureView returnForChanges(Actor actor, long id, String comment) {
        return review.returnForChanges(actor, id, comment);
    }

    /** Approves; the approval date (today in Beijing unless given) is written into the document. */
    public DisclosureView approve(Actor actor, long id, LocalDate approvedOn) {
        return review.approve(actor, id, approvedOn);
    }

    /** Publishes the approved version, dated, with every file rendered once. */
    public DisclosureView publish(Actor actor, long id) {
        return publishing.publish(actor, id);
    }

    /** Loads a disclosure published elsewhere as published here (administrators only). */
    public DisclosureView loadPublished(Actor actor, String departmentKey, Disclosure disclosure, String note) {
        return publishing.loadPublished(actor, departmentKey, disclosure, note);
    }

    // ---------------------------------------------------------------- reading

    public DisclosureView view(Actor actor, long id) {
        return reading.view(actor, id);
    }

    /** A version's canonical JSON: the latest the asker may see, or the one asked for. */
    public Document document(Actor actor, long id, Integer version) {
        return reading.document(actor, id, version);
    }

    /** What the rule catalogue says of the latest version the asker may see. */
    public Checked findings(Actor actor, long id) {
        return reading.findings(actor, id);
    }

    public List<Acknowledgement> acknowledgements(Actor actor, long id) {
        return reading.acknowledgements(actor, id);
    }

    /** Every version for insiders; the published ones for everyone else. */
    public List<VersionView> versions(Actor actor, long id) {
        return reading.versions(actor, id);
    }

    /** The workflow steps with their comments (insiders); the public sees publications. */
    public List<EventView> events(Actor actor, long id) {
        return reading.events(actor, id);
    }

    /** The files of a published version (the latest published when {@code version} is null). */
    public List<FileView> files(Actor actor, long id, Integer version) {
        return reading.files(actor, id, version);
    }

    /** A published file, as stored at publication. */
    public FileContent file(Actor actor, long id, Integer version, String format) {
        return reading.file(actor, id, version, format);
    }

    /** Disclosures the asker may see, newest year first, within a region, of a year, containing a text. */
    public List<DisclosureView> search(Actor actor, String text, String regionCode, Integer year) {
        return search.search(actor, text, regionCode, year);
    }

    // ---------------------------------------------------------------- deadlines

    /**
     * Every department of a region (and below) for a year, with its budget's standing against the
     * 20-day deadline ({@link DeadlineStanding}). Those who may not see the department's drafts get
     * {@code not-published} for all but the published standings, with no dates.
     */
    public List<DeadlineRow> deadlines(Actor actor, String regionCode, int year) {
        return deadlines(actor, regionCode, year, DisclosureKind.BUDGET);
    }

    /** The standings of every department's budget or 决算 of a year, each deadline counted from its own approval. */
    public List<DeadlineRow> deadlines(Actor actor, String regionCode, int year, DisclosureKind kind) {
        Objects.requireNonNull(kind, "kind");
        return deadlines.of(actor, regionCode, year, kind);
    }
}
