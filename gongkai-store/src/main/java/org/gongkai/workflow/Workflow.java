package org.gongkai.workflow;

import org.gongkai.lifecycle.WorkflowException;

import org.gongkai.lifecycle.Role;

import org.gongkai.lifecycle.Actor;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.gongkai.importing.canonical.CanonicalCodec;
import org.gongkai.importing.canonical.CanonicalFormat;
import org.gongkai.model.Disclosure;
import org.gongkai.model.PublicationDeadline;
import org.gongkai.disclosure.FinalAccountsDraft;
import org.gongkai.importing.canonical.ProfileLibrary;
import org.gongkai.lifecycle.AccessPolicy;
import org.gongkai.lifecycle.DocumentDates;
import org.gongkai.lifecycle.Lifecycle;
import org.gongkai.lifecycle.LifecycleEvent;
import org.gongkai.lifecycle.Placement;
import org.gongkai.store.Database;
import org.gongkai.lifecycle.DisclosureKind;
import org.gongkai.store.Digests;
import org.gongkai.store.JdbcAuditLog;
import org.gongkai.lifecycle.VersionStatus;
import org.gongkai.validation.Finding;
import org.gongkai.validation.Severity;

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

    private final Database database;
    private final JdbcAuditLog audit;
    private final CanonicalCodec codec;
    private final Function<Disclosure, List<Finding>> checks;
    private final Function<Disclosure, List<Rendered>> renderer;
    private final UnaryOperator<Disclosure> nextYear;
    private final UnaryOperator<Disclosure> finalAccountsDraft;
    private final Clock clock;
    /** Published files once read: they never change, so any node may keep them. */
    private final java.util.concurrent.ConcurrentHashMap<String, FileContent> files =
            new java.util.concurrent.ConcurrentHashMap<>();
    private static final int FILE_CACHE_ENTRIES = 200;
    /** Published versions' content once read, by disclosure and version. */
    private final java.util.concurrent.ConcurrentHashMap<String, Head> publishedHeads =
            new java.util.concurrent.ConcurrentHashMap<>();

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
        this.finalAccountsDraft = Objects.requireNonNull(finalAccountsDraft, "finalAccountsDraft");
        this.database = Objects.requireNonNull(database, "database");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.codec = Objects.requireNonNull(codec, "codec");
        this.checks = Objects.requireNonNull(checks, "checks");
        this.renderer = Objects.requireNonNull(renderer, "renderer");
        this.nextYear = Objects.requireNonNull(nextYear, "nextYear");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The entity tag of a version's content: its number and the start of its SHA-256. */
    public static String etag(int version, String sha256) {
        return "v" + version + "-" + sha256.substring(0, 16);
    }

    // ---------------------------------------------------------------- preparing

    /** Starts the department's disclosure for the document's year as draft version 1. */
    public Checked create(Actor actor, String departmentKey, String canonicalJson) {
        Disclosure disclosure = bind(canonicalJson, "request");
        return createDraft(actor, departmentKey, disclosure, "create", null);
    }

    /**
     * Refuses, as {@link #createFromImport} would, a caller who may not start a draft for the
     * department: asked before an upload is read, so that reading a large file costs only those
     * who may use it.
     */
    public void requireMayCreate(Actor actor, String departmentKey) {
        database.read(c -> {
            long departmentId = Directory.departmentIdByKey(c, departmentKey).orElseThrow(
                    () -> WorkflowException.invalid("/department", "no department " + departmentKey));
            requirePreparer(c, actor, departmentId, null);
            return null;
        });
    }

    /** Starts a draft from a disclosure read from an uploaded file. */
    public Checked createFromImport(Actor actor, String departmentKey, Disclosure disclosure, String fileName) {
        return createDraft(actor, departmentKey, disclosure, "import", "导入自 " + fileName);
    }

    private Checked createDraft(Actor actor, String departmentKey, Disclosure disclosure, String action, String note) {
        String json = codec.write(disclosure, CanonicalFormat.JSON);
        List<Finding> findings = checks.apply(disclosure);
        return database.inTransaction(c -> {
            long departmentId = Directory.departmentIdByKey(c, departmentKey).orElseThrow(
                    () -> WorkflowException.invalid("/department", "no department " + departmentKey));
            requirePreparer(c, actor, departmentId, null);
            lockDepartment(c, departmentId);
            int year = disclosure.document().fiscalYear();
            DisclosureKind kind = DisclosureKind.of(disclosure.document().kind());
            if (disclosureId(c, departmentId, year, kind).isPresent()) {
                throw WorkflowException.conflict(departmentKey + " already has " + describe(kind) + " for " + year
                        + (kind == DisclosureKind.BUDGET ? " (本年度预算公开已存在)" : " (本年度决算公开已存在)"));
            }
            long id = insertDisclosure(c, departmentId, year, kind);
            insertVersion(c, id, 1, VersionStatus.DRAFT, json, note, actor, findings);
            event(c, id, 1, action, note, actor);
            audit.append(c, actor.username(), action, subject(c, id, 1), null, Digests.sha256(json));
            return new Checked(view(c, id), findings, Set.of());
        });
    }

    /**
     * Saves a new content over the latest version, which must be a draft (or returned). {@code ifMatch}
     * must be the entity tag the content was read with: if someone saved since, nothing is written and
     * the refusal lists the places where the stored content differs from the one sent.
     */
    public Checked save(Actor actor, long id, String ifMatch, String canonicalJson) {
        Disclosure disclosure = bind(canonicalJson, "request");
        String json = codec.write(disclosure, CanonicalFormat.JSON);
        List<Finding> findings = checks.apply(disclosure);
        return database.inTransaction(c -> {
            Head head = lockHead(c, id);
            requirePreparer(c, actor, head.departmentId, id);
            Lifecycle.Transition edit = head.lifecycle().edit();
            if (ifMatch == null || ifMatch.isBlank()) {
                throw new WorkflowException(WorkflowException.Kind.PRECONDITION_REQUIRED,
                        "send If-Match with the entity tag of the version you edited (缺少If-Match)", List.of(),
                        Map.of("currentEtag", head.etag()));
            }
            if (!head.etag().equals(unquote(ifMatch))) {
                Map<String, Object> details = new LinkedHashMap<>();
                details.put("currentEtag", head.etag());
                details.put("savedBy", head.updatedBy);
                details.put("savedAt", head.updatedAt.toString());
                details.put("changed", JsonDiff.pointers(head.json, json, 200));
                throw new WorkflowException(WorkflowException.Kind.STALE, "version " + head.version
                        + " was saved by " + head.updatedBy + " after you read it (他人已保存新内容，请先合并)",
                        List.of(), details);
            }
            if (disclosure.document().fiscalYear() != head.fiscalYear) {
                throw WorkflowException.invalid("/document/fiscalYear", "this disclosure is for "
                        + head.fiscalYear + ", not " + disclosure.document().fiscalYear());
            }
            requireSameKind(head, disclosure);
            String digest = Digests.sha256(json);
            try (PreparedStatement s = c.prepareStatement("UPDATE disclosure_versions SET canonical_json = ?,"
                    + " sha256 = ?, status = ?, errors = ?, warnings = ?, infos = ?, updated_at = ?, updated_by = ?,"
                    + " title = ? WHERE disclosure_id = ? AND version = ?")) {
                s.setString(1, json);
                s.setString(2, digest);
                s.setString(3, edit.after().status().code());
                setCounts(s, 4, findings);
                s.setObject(7, now());
                s.setString(8, actor.username());
                s.setString(9, FieldLength.atMost("/document/title", titleOf(json), 1000));
                s.setLong(10, id);
                s.setInt(11, head.version);
                s.executeUpdate();
            }
            audit.append(c, actor.username(), "save", subject(c, id, head.version), head.sha256, digest);
            return new Checked(view(c, id), findings, acknowledgedKeys(c, id, head.version));
        });
    }

    /** Records the preparer's answers to warnings of the latest version; a reason is required. */
    public Checked acknowledge(Actor actor, long id, List<Acknowledgement> answers) {
        if (answers == null) {
            throw WorkflowException.invalid("", "须为确认的列表 (a list of acknowledgements is expected)");
        }
        return database.inTransaction(c -> {
            Head head = lockHead(c, id);
            requirePreparer(c, actor, head.departmentId, id);
            if (!head.lifecycle().editable()) {
                throw WorkflowException.conflict("version " + head.version + " is " + head.status.code());
            }
            List<Finding> findings = checks.apply(head.disclosure(codec));
            Set<String> warnings = new HashSet<>();
            findings.stream().filter(f -> f.severity() == Severity.WARNING).forEach(f -> warnings.add(key(f.rule(), f.path())));
            List<WorkflowException.FieldProblem> problems = new ArrayList<>();
            for (int i = 0; i < answers.size(); i++) {
                Acknowledgement a = answers.get(i);
                if (a == null) {
                    problems.add(new WorkflowException.FieldProblem("/" + i,
                            "须为对象 {rule, path, reason} (an acknowledgement is an object {rule, path, reason})"));
                } else if (a.reason() == null || a.reason().isBlank()) {
                    problems.add(new WorkflowException.FieldProblem("/" + i + "/reason", "须说明理由 (a reason is required)"));
                } else if (a.reason().strip().length() > 2000 || String.valueOf(a.path()).length() > 1000) {
                    problems.add(new WorkflowException.FieldProblem("/" + i,
                            "理由最多 2000 个字符 (a reason of at most 2000 characters, a path of at most 1000)"));
                } else if (!warnings.contains(key(a.rule(), a.path()))) {
                    problems.add(new WorkflowException.FieldProblem("/" + i,
                            "no warning " + a.rule() + " at " + a.path() + " in version " + head.version));
                }
            }
            if (!problems.isEmpty()) {
                throw new WorkflowException(WorkflowException.Kind.INVALID, "acknowledgements not accepted (确认无效)",
                        problems, Map.of());
            }
            for (Acknowledgement a : answers) {
                try (PreparedStatement s = c.prepareStatement("DELETE FROM acknowledgements"
                        + " WHERE disclosure_id = ? AND version = ? AND rule_id = ? AND path = ?")) {
                    s.setLong(1, id);
                    s.setInt(2, head.version);
                    s.setString(3, a.rule());
                    s.setString(4, a.path());
                    s.executeUpdate();
                }
                try (PreparedStatement s = c.prepareStatement("INSERT INTO acknowledgements (disclosure_id, version,"
                        + " rule_id, path, reason, acknowledged_by, acknowledged_at) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                    s.setLong(1, id);
                    s.setInt(2, head.version);
                    s.setString(3, a.rule());
                    s.setString(4, a.path());
                    s.setString(5, a.reason().strip());
                    s.setString(6, actor.username());
                    s.setObject(7, now());
                    s.executeUpdate();
                }
                audit.append(c, actor.username(), "acknowledge " + a.rule() + " " + a.path(), subject(c, id, head.version),
                        head.sha256, head.sha256);
            }
            return new Checked(view(c, id), findings, acknowledgedKeys(c, id, head.version));
        });
    }

    /** Hands the latest version to the finance bureau: no errors, every warning acknowledged. */
    public DisclosureView submit(Actor actor, long id) {
        return database.inTransaction(c -> {
            Head head = lockHead(c, id);
            requirePreparer(c, actor, head.departmentId, id);
            List<Finding> findings = checks.apply(head.disclosure(codec));
            record(c, id, head, head.lifecycle().submit(findings, acknowledgedKeys(c, id, head.version)), actor);
            return view(c, id);
        });
    }

    /** The reviewer sends the latest version back with a comment saying what to change. */
    public DisclosureView returnForChanges(Actor actor, long id, String comment) {
        if (comment == null || comment.isBlank()) {
            throw WorkflowException.invalid("/comment", "退回须说明原因 (a return needs a comment)");
        }
        FieldLength.atMost("/comment", comment.strip(), 4000);
        return database.inTransaction(c -> {
            Head head = lockHead(c, id);
            requireReviewer(c, actor, head.departmentId, id);
            record(c, id, head, head.lifecycle().returnForChanges(comment), actor);
            return view(c, id);
        });
    }

    /**
     * The reviewer approves; the approval date (today in Beijing unless given) starts the 20-day
     * deadline and is written into the document.
     */
    public DisclosureView approve(Actor actor, long id, LocalDate approvedOn) {
        if (approvedOn != null && (approvedOn.getYear() < 1900 || approvedOn.getYear() > 2999)) {
            throw WorkflowException.invalid("/approvedOn", "批复日期须在1900至2999年之间 (an approval date between the years 1900 and 2999)");
        }
        return database.inTransaction(c -> {
            Head head = lockHead(c, id);
            requireReviewer(c, actor, head.departmentId, id);
            Lifecycle.Transition approval = head.lifecycle().approve(approvedOn == null ? today() : approvedOn);
            record(c, id, head, approval, actor);
            return view(c, id);
        });
    }

    /**
     * Publishes the approved version: its document gets its publication day, and every file is
     * rendered once from that document and kept with its SHA-256.
     */
    public DisclosureView publish(Actor actor, long id) {
        // The files are rendered before the transaction that stores them: rendering takes seconds, and
        // a transaction holding a connection and the disclosure's lock that long starved every other
        // write (issue 14: two dozen publications at once emptied the pool, and writes failed with 500).
        Instant at = clock.instant().truncatedTo(ChronoUnit.MICROS);
        Head approved = database.inTransaction(c -> {
            Head head = head(c, id, false);
            requireReviewer(c, actor, head.departmentId, id);
            head.lifecycle().publish(at);
            return head;
        });
        Lifecycle.Transition publication = approved.lifecycle().publish(at);
        Disclosure dated = DocumentDates.stamp(approved.disclosure(codec), publication.after());
        List<Rendered> files = renderer.apply(dated);
        String json = codec.write(dated, CanonicalFormat.JSON);
        List<Finding> findings = checks.apply(dated);
        return database.inTransaction(c -> {
            Head head = lockHead(c, id);
            requireReviewer(c, actor, head.departmentId, id);
            Lifecycle.Transition now = head.lifecycle().publish(at);
            if (head.version != approved.version || !head.sha256.equals(approved.sha256)) {
                throw WorkflowException.conflict("version " + approved.version
                        + " changed while it was being published (发布期间版本已变更)");
            }
            record(c, id, head, now, json, findings, actor);
            storeFiles(c, id, head, files, actor);
            return view(c, id);
        });
    }

    /**
     * Starts a correction of the published disclosure: a new draft version, copied from the published
     * one (or the content given), with a change note saying what is corrected and why.
     */
    public Checked correct(Actor actor, long id, String changeNote, String canonicalJson) {
        if (changeNote == null || changeNote.isBlank()) {
            throw WorkflowException.invalid("/changeNote", "更正须说明更正内容 (a correction needs a change note)");
        }
        FieldLength.atMost("/changeNote", changeNote.strip(), 2000);
        return database.inTransaction(c -> {
            Head head = lockHead(c, id);
            requirePreparer(c, actor, head.departmentId, id);
            Lifecycle.Transition correction = head.lifecycle().correct(changeNote);
            Disclosure disclosure = canonicalJson == null ? head.disclosure(codec) : bind(canonicalJson, "request");
            if (disclosure.document().fiscalYear() != head.fiscalYear) {
                throw WorkflowException.invalid("/document/fiscalYear", "this disclosure is for " + head.fiscalYear);
            }
            requireSameKind(head, disclosure);
            String json = codec.write(disclosure, CanonicalFormat.JSON);
            List<Finding> findings = checks.apply(disclosure);
            LifecycleEvent event = correction.event();
            insertVersion(c, id, event.version(), correction.after().status(), json, event.comment(), actor, findings);
            event(c, id, event.version(), event.action(), event.comment(), actor);
            audit.append(c, actor.username(), event.auditAction(), subject(c, id, event.version()), head.sha256,
                    Digests.sha256(json));
            return new Checked(view(c, id), findings, Set.of());
        });
    }

    /**
     * Starts next year from this year: a draft for year N+1 of the same department, its structure
     * copied and every prior-year figure filled from year N's latest published version.
     */
    public Checked startNextYear(Actor actor, long id) {
        return database.inTransaction(c -> {
            Head head = head(c, id, false);
            requirePreparer(c, actor, head.departmentId, id);
            if (head.kind != DisclosureKind.BUDGET) {
                throw WorkflowException.conflict("a 决算 is started from its year's published budget, not from last"
                        + " year's 决算 (决算请从本年度已公开的预算开始编制)");
            }
            Head published = latestPublished(c, id).orElseThrow(() -> WorkflowException.conflict(
                    "the " + head.fiscalYear + " disclosure is not published yet (上年度尚未公开)"));
            int next = head.fiscalYear + 1;
            lockDepartment(c, head.departmentId);
            if (disclosureId(c, head.departmentId, next, DisclosureKind.BUDGET).isPresent()) {
                throw WorkflowException.conflict("the department already has a disclosure for " + next);
            }
            Disclosure draft = nextYear.apply(published.disclosure(codec));
            String json = codec.write(draft, CanonicalFormat.JSON);
            List<Finding> findings = checks.apply(draft);
            long newId = insertDisclosure(c, head.departmentId, next, DisclosureKind.BUDGET);
            String note = "由" + head.fiscalYear + "年度第" + published.version + "版生成 (from " + head.fiscalYear
                    + " version " + published.version + ")";
            insertVersion(c, newId, 1, VersionStatus.DRAFT, json, note, actor, findings);
            event(c, newId, 1, "next-year", note, actor);
            audit.append(c, actor.username(), "next-year", subject(c, newId, 1), published.sha256, Digests.sha256(json));
            return new Checked(view(c, newId), findings, Set.of());
        });
    }

    /**
     * Starts the year's 决算 from the year's budget: a draft of the department's final accounts for
     * the same fiscal year, beside the budget, made from the budget's latest published version (its
     * department, duties and organisation, and every 年初预算 the 决算 compares with). Its own approval
     * date, once a reviewer gives it, starts its own 20-day deadline.
     */
    public Checked startFinalAccounts(Actor actor, long budgetId) {
        return database.inTransaction(c -> {
            Head head = head(c, budgetId, false);
            requirePreparer(c, actor, head.departmentId, budgetId);
            if (head.kind != DisclosureKind.BUDGET) {
                throw WorkflowException.conflict("disclosure " + budgetId + " is a 决算 already (该公开已是决算)");
            }
            Head published = latestPublished(c, budgetId).orElseThrow(() -> WorkflowException.conflict(
                    "the " + head.fiscalYear + " budget is not published yet (本年度预算尚未公开)"));
            lockDepartment(c, head.departmentId);
            if (disclosureId(c, head.departmentId, head.fiscalYear, DisclosureKind.FINAL_ACCOUNTS).isPresent()) {
                throw WorkflowException.conflict("the department already has final accounts for " + head.fiscalYear
                        + " (本年度决算公开已存在)");
            }
            Disclosure draft = finalAccountsDraft.apply(published.disclosure(codec));
            if (!draft.document().kind().isFinalAccounts() || draft.fiscalYear() != head.fiscalYear) {
                throw new IllegalStateException("the 决算 draft of " + head.fiscalYear + " came out as "
                        + draft.document().kind() + " of " + draft.fiscalYear());
            }
            String json = codec.write(draft, CanonicalFormat.JSON);
            List<Finding> findings = checks.apply(draft);
            long newId = insertDisclosure(c, head.departmentId, head.fiscalYear, DisclosureKind.FINAL_ACCOUNTS);
            String note = "由" + head.fiscalYear + "年度预算第" + published.version + "版生成 (from the "
                    + head.fiscalYear + " budget, version " + published.version + ")";
            insertVersion(c, newId, 1, VersionStatus.DRAFT, json, note, actor, findings);
            event(c, newId, 1, "final-accounts", note, actor);
            audit.append(c, actor.username(), "final-accounts", subject(c, newId, 1), published.sha256,
                    Digests.sha256(json));
            return new Checked(view(c, newId), findings, Set.of());
        });
    }

    /**
     * Loads a disclosure that was published elsewhere as published here, without the gates of the
     * workflow (it is already public); only the system or an administrator may.
     */
    public DisclosureView loadPublished(Actor actor, String departmentKey, Disclosure disclosure, String note) {
        if (!actor.is(Role.ADMINISTRATOR)) {
            throw WorkflowException.forbidden("only an administrator loads published disclosures");
        }
        String json = codec.write(disclosure, CanonicalFormat.JSON);
        List<Finding> findings = checks.apply(disclosure);
        List<Rendered> files = renderer.apply(disclosure);
        return database.inTransaction(c -> {
            long departmentId = Directory.departmentIdByKey(c, departmentKey).orElseThrow(
                    () -> WorkflowException.invalid("/department", "no department " + departmentKey));
            lockDepartment(c, departmentId);
            int year = disclosure.document().fiscalYear();
            DisclosureKind kind = DisclosureKind.of(disclosure.document().kind());
            if (disclosureId(c, departmentId, year, kind).isPresent()) {
                throw WorkflowException.conflict(departmentKey + " already has " + describe(kind) + " for " + year);
            }
            long id = insertDisclosure(c, departmentId, year, kind);
            Lifecycle loaded = Lifecycle.loadedAsPublished(kind, year, disclosure.document().approvedOn(), now().toInstant());
            insertVersion(c, id, 1, loaded.status(), json, note, actor, findings);
            try (PreparedStatement s = c.prepareStatement(
                    "UPDATE disclosures SET approved_on = ?, published_at = ? WHERE id = ?")) {
                s.setObject(1, loaded.approvedOn());
                s.setObject(2, now());
                s.setLong(3, id);
                s.executeUpdate();
            }
            Head head = head(c, id, true);
            storeFiles(c, id, head, files, actor);
            event(c, id, 1, "publish", note, actor);
            audit.append(c, actor.username(), "load-published", subject(c, id, 1), null, Digests.sha256(json));
            return view(c, id);
        });
    }

    // ---------------------------------------------------------------- reading

    public DisclosureView view(Actor actor, long id) {
        return database.inTransaction(c -> {
            requireVisible(c, actor, id);
            return actor.isPublic() || !canSeeDrafts(c, actor, departmentOf(c, id)) ? publicView(c, id) : view(c, id);
        });
    }

    /** A version's canonical JSON: the latest the asker may see, or the one asked for. */
    public Document document(Actor actor, long id, Integer version) {
        return database.inTransaction(c -> {
            boolean insider = canSeeDrafts(c, actor, departmentOf(c, id));
            Head head;
            if (version != null) {
                head = versionHead(c, id, version).orElseThrow(() -> WorkflowException.notFound("no version " + version));
                if (!insider && head.status != VersionStatus.PUBLISHED) {
                    throw WorkflowException.notFound("no version " + version);
                }
            } else if (insider) {
                head = head(c, id, false);
            } else {
                int published = latestPublishedVersion(c, id)
                        .orElseThrow(() -> WorkflowException.notFound("no disclosure " + id));
                head = publishedHead(c, id, published);
            }
            Head shown = insider || version == null ? head
                    : publishedHead(c, id, latestPublishedVersion(c, id).orElseThrow());
            return new Document(view(c, id, shown), head.version, head.status.code(), head.json, head.etag());
        });
    }

    /** What the rule catalogue says of the latest version the asker may see. */
    public Checked findings(Actor actor, long id) {
        Document document = document(actor, id, null);
        Disclosure disclosure = bind(document.json(), "stored version " + document.version());
        Set<String> acknowledged = database.inTransaction(c -> acknowledgedKeys(c, id, document.version()));
        return new Checked(document.disclosure(), checks.apply(disclosure), acknowledged);
    }

    public List<Acknowledgement> acknowledgements(Actor actor, long id) {
        return database.inTransaction(c -> {
            requireInsider(c, actor, id);
            Head head = head(c, id, false);
            List<Acknowledgement> out = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT rule_id, path, reason, acknowledged_by, acknowledged_at"
                    + " FROM acknowledgements WHERE disclosure_id = ? AND version = ? ORDER BY id")) {
                s.setLong(1, id);
                s.setInt(2, head.version);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        out.add(new Acknowledgement(r.getString(1), r.getString(2), r.getString(3), r.getString(4),
                                r.getObject(5, OffsetDateTime.class).toInstant()));
                    }
                }
            }
            return out;
        });
    }

    /** Every version for insiders; the published ones, with their change notes, for everyone else. */
    public List<VersionView> versions(Actor actor, long id) {
        return database.inTransaction(c -> {
            requireVisible(c, actor, id);
            boolean insider = canSeeDrafts(c, actor, departmentOf(c, id));
            List<VersionView> out = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT version, status, sha256, change_note, created_at,"
                    + " created_by, updated_at, updated_by, errors, warnings, infos FROM disclosure_versions"
                    + " WHERE disclosure_id = ? ORDER BY version")) {
                s.setLong(1, id);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        if (!insider && !VersionStatus.PUBLISHED.code().equals(r.getString(2))) {
                            continue;
                        }
                        OffsetDateTime updated = r.getObject(7, OffsetDateTime.class);
                        out.add(new VersionView(r.getInt(1), r.getString(2), r.getString(3), r.getString(4),
                                r.getObject(5, OffsetDateTime.class).toInstant(), r.getString(6),
                                updated == null ? null : updated.toInstant(), r.getString(8), integer(r, 9),
                                integer(r, 10), integer(r, 11)));
                    }
                }
            }
            return out;
        });
    }

    /** The workflow steps with their comments (insiders); the public sees publications and corrections. */
    public List<EventView> events(Actor actor, long id) {
        return database.inTransaction(c -> {
            requireVisible(c, actor, id);
            boolean insider = canSeeDrafts(c, actor, departmentOf(c, id));
            List<EventView> out = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT version, action, comment, actor, at FROM workflow_events"
                    + " WHERE disclosure_id = ? ORDER BY id")) {
                s.setLong(1, id);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        String action = r.getString(2);
                        if (insider || action.equals("publish")) {
                            out.add(new EventView(r.getInt(1), action, r.getString(3), r.getString(4),
                                    r.getObject(5, OffsetDateTime.class).toInstant()));
                        }
                    }
                }
            }
            return out;
        });
    }

    /** The files of a published version (the latest published when {@code version} is null). */
    public List<FileView> files(Actor actor, long id, Integer version) {
        return database.inTransaction(c -> {
            requireVisible(c, actor, id);
            int v = version != null ? version
                    : latestPublished(c, id).orElseThrow(() -> WorkflowException.notFound("not published")).version;
            List<FileView> out = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT version, format, file_name, media_type, size_bytes,"
                    + " sha256 FROM published_files WHERE disclosure_id = ? AND version = ? ORDER BY format")) {
                s.setLong(1, id);
                s.setInt(2, v);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        out.add(new FileView(r.getInt(1), r.getString(2), r.getString(3), r.getString(4), r.getLong(5),
                                r.getString(6)));
                    }
                }
            }
            if (out.isEmpty()) {
                throw WorkflowException.notFound("version " + v + " has no published files");
            }
            return out;
        });
    }

    /**
     * A published file. Files exist for published versions only, so anyone may have them; a
     * published file never changes, so it is kept in a small cache once read.
     */
    public FileContent file(Actor actor, long id, Integer version, String format) {
        String wanted = format.toLowerCase(Locale.ROOT);
        // a published file never changes: no transaction is needed to read it
        return database.read(c -> {
            int v = version != null ? version : latestPublishedVersion(c, id)
                    .orElseThrow(() -> WorkflowException.notFound("no published disclosure " + id));
            String key = id + "/" + v + "/" + wanted;
            FileContent cached = files.get(key);
            if (cached != null) {
                return cached;
            }
            try (PreparedStatement s = c.prepareStatement("SELECT version, format, file_name, media_type, size_bytes,"
                    + " sha256, content_base64 FROM published_files WHERE disclosure_id = ? AND version = ? AND format = ?")) {
                s.setLong(1, id);
                s.setInt(2, v);
                s.setString(3, wanted);
                try (ResultSet r = s.executeQuery()) {
                    if (!r.next()) {
                        throw WorkflowException.notFound("no " + format + " file of version " + v);
                    }
                    FileContent content = new FileContent(new FileView(r.getInt(1), r.getString(2), r.getString(3),
                            r.getString(4), r.getLong(5), r.getString(6)), Base64.getDecoder().decode(r.getString(7)));
                    if (!Digests.sha256(content.bytes()).equals(content.file().sha256())) {
                        throw new org.gongkai.store.StoreException(key + ": stored file does not match its SHA-256");
                    }
                    if (files.size() > FILE_CACHE_ENTRIES) {
                        files.clear();
                    }
                    files.put(key, content);
                    return content;
                }
            }
        });
    }

    private static Optional<Integer> latestPublishedVersion(Connection c, long id) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT MAX(version) FROM disclosure_versions"
                + " WHERE disclosure_id = ? AND status = 'published'")) {
            s.setLong(1, id);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                int v = r.getInt(1);
                return r.wasNull() ? Optional.empty() : Optional.of(v);
            }
        }
    }

    /**
     * Disclosures the asker may see, newest year first, optionally within a region (and below), of a
     * year, and containing a text (in the department's name or anywhere in the content: project,
     * indicator, statement). The public finds published versions only.
     */
    public List<DisclosureView> search(Actor actor, String text, String regionCode, Integer year) {
        String needle = text == null || text.isBlank() ? null : text.strip().toLowerCase(Locale.ROOT);
        String like = needle == null ? null
                : "%" + needle.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        return database.inTransaction(c -> {
            Set<Long> within = regionCode == null || regionCode.isBlank() ? null : Directory.regionsWithin(c,
                    Directory.regionId(c, regionCode).orElseThrow(() -> WorkflowException.notFound("no region " + regionCode)));
            // one statement for every disclosure: its latest version and its latest published one, and
            // whether each contains the text, computed where the documents are
            String sql = "SELECT d.id, d.department_id, p.region_id, d.fiscal_year, d.approved_on, d.published_at,"
                    + " lv.version, lv.status, lv.sha256, lv.title, lv.errors, lv.warnings, lv.infos,"
                    + " pv.version, pv.sha256, pv.title, pv.errors, pv.warnings, pv.infos, p.name, d.kind"
                    + (like == null ? "" : ", LOWER(lv.canonical_json) LIKE ? ESCAPE '\\', LOWER(pv.canonical_json) LIKE ? ESCAPE '\\'")
                    + " FROM disclosures d JOIN departments p ON p.id = d.department_id"
                    + " JOIN disclosure_versions lv ON lv.disclosure_id = d.id AND lv.version ="
                    + " (SELECT MAX(x.version) FROM disclosure_versions x WHERE x.disclosure_id = d.id)"
                    + " LEFT JOIN disclosure_versions pv ON pv.disclosure_id = d.id AND pv.version ="
                    + " (SELECT MAX(y.version) FROM disclosure_versions y WHERE y.disclosure_id = d.id AND y.status = 'published')"
                    + (year == null ? "" : " WHERE d.fiscal_year = ?") + " ORDER BY d.fiscal_year DESC, p.code, d.kind";
            List<DisclosureView> out = new ArrayList<>();
            Map<Long, Boolean> insiders = new java.util.HashMap<>();
            Map<Long, Directory.DepartmentView> departments = new java.util.HashMap<>();
            try (PreparedStatement s = c.prepareStatement(sql)) {
                int p = 1;
                if (like != null) {
                    s.setString(p++, like);
                    s.setString(p++, like);
                }
                if (year != null) {
                    s.setInt(p, year);
                }
                List<Object[]> rows = new ArrayList<>();
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        if (within != null && !within.contains(r.getLong(3))) {
                            continue;
                        }
                        rows.add(new Object[] {r.getLong(1), r.getLong(2), r.getInt(4), r.getObject(5, LocalDate.class),
                                r.getObject(6, OffsetDateTime.class), r.getInt(7), r.getString(8), r.getString(9),
                                r.getString(10), integer(r, 11), integer(r, 12), integer(r, 13), integer(r, 14),
                                r.getString(15), r.getString(16), integer(r, 17), integer(r, 18), integer(r, 19),
                                r.getString(20), like != null && r.getBoolean(22), like != null && r.getBoolean(23),
                                r.getString(21)});
                    }
                }
                for (Object[] row : rows) {
                    long id = (Long) row[0];
                    long departmentId = (Long) row[1];
                    boolean insider = actor.isPublic() ? false
                            : insiders.computeIfAbsent(departmentId, dep -> {
                                try {
                                    return canSeeDrafts(c, actor, dep);
                                } catch (SQLException e) {
                                    throw new org.gongkai.store.StoreException(e.getMessage(), e);
                                }
                            });
                    Integer published = (Integer) row[12];
                    if (!insider && published == null) {
                        continue;
                    }
                    int version = insider ? (Integer) row[5] : published;
                    // the database's LIKE runs over the whole JSON text; a hit is kept only if it is in a
                    // value, so that a field's name (fiscalYear, amount) finds nothing by itself
                    boolean matches = needle == null || ((String) row[18]).toLowerCase(Locale.ROOT).contains(needle)
                            || (insider ? (Boolean) row[19] : (Boolean) row[20])
                                    && versionHead(c, id, version).map(h -> SearchText.valuesContain(h.json, needle))
                                            .orElse(false);
                    if (!matches) {
                        continue;
                    }
                    String sha = (String) (insider ? row[7] : row[13]);
                    String title = (String) (insider ? row[8] : row[14]);
                    if (title == null) {
                        title = versionHead(c, id, version).map(h -> titleOf(h.json)).orElse(null);
                    }
                    LocalDate approved = (LocalDate) row[3];
                    OffsetDateTime publishedAt = (OffsetDateTime) row[4];
                    Directory.DepartmentView department = departments.get(departmentId);
                    if (department == null) {
                        department = Directory.department(c, departmentId);
                        departments.put(departmentId, department);
                    }
                    out.add(new DisclosureView(id, department, (Integer) row[2], title, version,
                            insider ? (String) row[6] : VersionStatus.PUBLISHED.code(), etag(version, sha),
                            (Integer) (insider ? row[9] : row[15]), (Integer) (insider ? row[10] : row[16]),
                            (Integer) (insider ? row[11] : row[17]), approved,
                            approved == null ? null : PublicationDeadline.deadline(approved),
                            publishedAt == null ? null : publishedAt.toInstant(), published, (String) row[21]));
                }
            }
            return out;
        });
    }

    /**
     * Every department of a region (and below) for a year, with its standing: {@code published}
     * (on time), {@code published-late}, {@code due} (approved, deadline ahead), {@code overdue}
     * (approved, deadline passed, not published), {@code in-preparation} (not approved yet),
     * {@code missing} (nothing started), or {@code published-no-approval-date} (deadline unknown).
     * Those who may not see the department's drafts get {@code not-published} for all but the
     * published standings, with no dates: whether a draft exists, and when it was approved, is
     * known only inside.
     */
    public List<DeadlineRow> deadlines(Actor actor, String regionCode, int year) {
        return deadlines(actor, regionCode, year, DisclosureKind.BUDGET);
    }

    /** The standings of every department's budget or 决算 of a year, each deadline counted from its own approval. */
    public List<DeadlineRow> deadlines(Actor actor, String regionCode, int year, DisclosureKind kind) {
        Objects.requireNonNull(kind, "kind");
        LocalDate today = today();
        return database.inTransaction(c -> Deadlines.of(c, actor, regionCode, year, kind, today));
    }

    // ---------------------------------------------------------------- internals

    /** The latest version of a disclosure with its content. */
    private static final class Head {
        long departmentId;
        int fiscalYear;
        DisclosureKind kind;
        int version;
        VersionStatus status;
        String json;
        String sha256;
        Instant updatedAt;
        String updatedBy;
        LocalDate approvedOn;
        Instant publishedAt;

        Lifecycle lifecycle() {
            return new Lifecycle(kind, fiscalYear, version, status, approvedOn, publishedAt);
        }

        String etag() {
            return Workflow.etag(version, sha256);
        }

        Disclosure disclosure(CanonicalCodec codec) {
            return codec.read(json, "version " + version, CanonicalFormat.JSON);
        }
    }

    /**
     * Locks the department's row until the transaction ends, so that two requests creating a
     * disclosure for it (create, import, next year, load) take their turn: the second sees the
     * first's disclosure and is refused as a conflict instead of failing on the unique key.
     */
    private static void lockDepartment(Connection c, long departmentId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT id FROM departments WHERE id = ? FOR UPDATE")) {
            s.setLong(1, departmentId);
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                    throw WorkflowException.notFound("no department " + departmentId);
                }
            }
        }
    }

    private Head lockHead(Connection c, long id) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT id FROM disclosures WHERE id = ? FOR UPDATE")) {
            s.setLong(1, id);
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                    throw WorkflowException.notFound("no disclosure " + id);
                }
            }
        }
        return head(c, id, false);
    }

    private static Head head(Connection c, long id, boolean unused) throws SQLException {
        return headWhere(c, id, "v.version = (SELECT MAX(version) FROM disclosure_versions WHERE disclosure_id = d.id)", null)
                .orElseThrow(() -> WorkflowException.notFound("no disclosure " + id));
    }

    /** A published version's head: it never changes, so it is read once (and its digest checked then). */
    private Head publishedHead(Connection c, long id, int version) throws SQLException {
        String key = id + "/" + version;
        Head kept = publishedHeads.get(key);
        if (kept != null) {
            return kept;
        }
        Head head = versionHead(c, id, version).orElseThrow(() -> WorkflowException.notFound("no version " + version));
        if (head.status == VersionStatus.PUBLISHED) {
            if (publishedHeads.size() > FILE_CACHE_ENTRIES) {
                publishedHeads.clear();
            }
            publishedHeads.put(key, head);
        }
        return head;
    }

    private static Optional<Head> latestPublished(Connection c, long id) throws SQLException {
        return headWhere(c, id, "v.version = (SELECT MAX(version) FROM disclosure_versions WHERE disclosure_id = d.id"
                + " AND status = 'published')", null);
    }

    private static Optional<Head> versionHead(Connection c, long id, int version) throws SQLException {
        return headWhere(c, id, "v.version = ?", version);
    }

    private static Optional<Head> headWhere(Connection c, long id, String condition, Integer parameter)
            throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT d.department_id, d.fiscal_year, v.version, v.status,"
                + " v.canonical_json, v.sha256, COALESCE(v.updated_at, v.created_at), COALESCE(v.updated_by, v.created_by),"
                + " d.kind, d.approved_on, d.published_at"
                + " FROM disclosures d JOIN disclosure_versions v ON v.disclosure_id = d.id WHERE d.id = ? AND "
                + condition)) {
            s.setLong(1, id);
            if (parameter != null) {
                s.setInt(2, parameter);
            }
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                    return Optional.empty();
                }
                Head h = new Head();
                h.departmentId = r.getLong(1);
                h.fiscalYear = r.getInt(2);
                h.version = r.getInt(3);
                h.status = VersionStatus.ofCode(r.getString(4));
                h.json = r.getString(5);
                h.sha256 = r.getString(6);
                h.updatedAt = r.getObject(7, OffsetDateTime.class).toInstant();
                h.updatedBy = r.getString(8);
                h.kind = DisclosureKind.ofCode(r.getString(9));
                h.approvedOn = r.getObject(10, LocalDate.class);
                OffsetDateTime published = r.getObject(11, OffsetDateTime.class);
                h.publishedAt = published == null ? null : published.toInstant();
                if (!Digests.sha256(h.json).equals(h.sha256)) {
                    throw new org.gongkai.store.StoreException("version " + h.version + " of disclosure " + id
                            + ": stored text does not match its SHA-256");
                }
                return Optional.of(h);
            }
        }
    }

    private DisclosureView view(Connection c, long id) throws SQLException {
        Head head = head(c, id, false);
        return view(c, id, head);
    }

    /** The view the public gets: the latest published version as if it were the only one. */
    private DisclosureView publicView(Connection c, long id) throws SQLException {
        Head head = latestPublished(c, id).orElseThrow(() -> WorkflowException.notFound("no disclosure " + id));
        return view(c, id, head);
    }

    private DisclosureView view(Connection c, long id, Head head) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT d.approved_on, d.published_at, v.errors, v.warnings,"
                + " v.infos, (SELECT MAX(version) FROM disclosure_versions p WHERE p.disclosure_id = d.id"
                + " AND p.status = 'published') FROM disclosures d JOIN disclosure_versions v ON v.disclosure_id = d.id"
                + " WHERE d.id = ? AND v.version = ?")) {
            s.setLong(1, id);
            s.setInt(2, head.version);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                LocalDate approved = r.getObject(1, LocalDate.class);
                OffsetDateTime published = r.getObject(2, OffsetDateTime.class);
                String title = titleOf(head.json);
                return new DisclosureView(id, Directory.department(c, head.departmentId), head.fiscalYear, title,
                        head.version, head.status.code(), head.etag(), integer(r, 3), integer(r, 4), integer(r, 5),
                        approved, approved == null ? null : PublicationDeadline.deadline(approved),
                        published == null ? null : published.toInstant(), integer(r, 6), head.kind.code());
            }
        }
    }

    private static String titleOf(String json) {
        int at = json.indexOf("\"title\"");
        if (at < 0) {
            return null;
        }
        int start = json.indexOf('"', json.indexOf(':', at) + 1);
        int end = start;
        while (end >= 0) {
            end = json.indexOf('"', end + 1);
            if (end > 0 && json.charAt(end - 1) != '\\') {
                break;
            }
        }
        return start < 0 || end < 0 ? null : json.substring(start + 1, end);
    }

    /** Writes a step of the lifecycle: the version's status, the disclosure's dates, the event and the audit entry. */
    private void record(Connection c, long id, Head head, Lifecycle.Transition step, Actor actor) throws SQLException {
        if (step.after().approvedOn() != null && !step.after().approvedOn().equals(head.approvedOn)) {
            // the approval date is the document's: the version's content carries it
            Disclosure dated = DocumentDates.stamp(head.disclosure(codec), step.after());
            record(c, id, head, step, codec.write(dated, CanonicalFormat.JSON), checks.apply(dated), actor);
            return;
        }
        record(c, id, head, step, null, null, actor);
    }

    /** As above, with the version's new content ({@code json} null: unchanged). */
    private void record(Connection c, long id, Head head, Lifecycle.Transition step, String json,
            List<Finding> findings, Actor actor) throws SQLException {
        Lifecycle after = step.after();
        String digest = json == null ? head.sha256 : Digests.sha256(json);
        try (PreparedStatement s = c.prepareStatement(json == null
                ? "UPDATE disclosure_versions SET status = ? WHERE disclosure_id = ? AND version = ?"
                : "UPDATE disclosure_versions SET status = ?, canonical_json = ?, sha256 = ?, errors = ?, warnings = ?,"
                        + " infos = ? WHERE disclosure_id = ? AND version = ?")) {
            int p = 1;
            s.setString(p++, after.status().code());
            if (json != null) {
                s.setString(p++, json);
                s.setString(p++, digest);
                setCounts(s, p, findings);
                p += 3;
            }
            s.setLong(p++, id);
            s.setInt(p, head.version);
            s.executeUpdate();
        }
        try (PreparedStatement s = c.prepareStatement(
                "UPDATE disclosures SET approved_on = ?, published_at = ? WHERE id = ?")) {
            s.setObject(1, after.approvedOn());
            s.setObject(2, after.firstPublishedAt() == null ? null
                    : OffsetDateTime.ofInstant(after.firstPublishedAt(), ZoneOffset.UTC));
            s.setLong(3, id);
            s.executeUpdate();
        }
        LifecycleEvent event = step.event();
        event(c, id, event.version(), event.action(), event.comment(), actor);
        audit.append(c, actor.username(), event.auditAction(), subject(c, id, head.version), head.sha256, digest);
    }

    private void storeFiles(Connection c, long id, Head head, List<Rendered> files, Actor actor) throws SQLException {
        List<String> digests = new ArrayList<>();
        for (Rendered f : files) {
            String sha = Digests.sha256(f.bytes());
            digests.add(sha);
            try (PreparedStatement s = c.prepareStatement("INSERT INTO published_files (disclosure_id, version, format,"
                    + " file_name, media_type, size_bytes, sha256, content_base64, created_at)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                s.setLong(1, id);
                s.setInt(2, head.version);
                s.setString(3, f.format());
                s.setString(4, f.fileName());
                s.setString(5, f.mediaType());
                s.setLong(6, f.bytes().length);
                s.setString(7, sha);
                s.setString(8, Base64.getEncoder().encodeToString(f.bytes()));
                s.setObject(9, now());
                s.executeUpdate();
            }
        }
        // the audit entries after every file is written: the log's turn is held only for the appends
        for (int i = 0; i < files.size(); i++) {
            String format = files.get(i).format();
            audit.append(c, actor.username(), "publish-file " + format, subject(c, id, head.version) + "/files/" + format,
                    null, digests.get(i));
        }
    }

    private void insertVersion(Connection c, long id, int version, VersionStatus status, String json, String note,
            Actor actor, List<Finding> findings) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO disclosure_versions (disclosure_id, version, status,"
                + " canonical_json, sha256, change_note, created_at, created_by, errors, warnings, infos, title)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            s.setLong(1, id);
            s.setInt(2, version);
            s.setString(3, status.code());
            s.setString(4, json);
            s.setString(5, Digests.sha256(json));
            s.setString(6, note);
            s.setObject(7, now());
            s.setString(8, actor.username());
            setCounts(s, 9, findings);
            s.setString(12, FieldLength.atMost("/document/title", titleOf(json), 1000));
            s.executeUpdate();
        }
    }

    private static void setCounts(PreparedStatement s, int first, List<Finding> findings) throws SQLException {
        s.setInt(first, (int) findings.stream().filter(f -> f.severity() == Severity.ERROR).count());
        s.setInt(first + 1, (int) findings.stream().filter(f -> f.severity() == Severity.WARNING).count());
        s.setInt(first + 2, (int) findings.stream().filter(f -> f.severity() == Severity.INFO).count());
    }

    private static long insertDisclosure(Connection c, long departmentId, int year, DisclosureKind kind)
            throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "INSERT INTO disclosures (department_id, fiscal_year, kind) VALUES (?, ?, ?)", new String[] {"id"})) {
            s.setLong(1, departmentId);
            s.setInt(2, year);
            s.setString(3, kind.code());
            s.executeUpdate();
            try (ResultSet keys = s.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    private static Optional<Long> disclosureId(Connection c, long departmentId, int year, DisclosureKind kind)
            throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "SELECT id FROM disclosures WHERE department_id = ? AND fiscal_year = ? AND kind = ?")) {
            s.setLong(1, departmentId);
            s.setInt(2, year);
            s.setString(3, kind.code());
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? Optional.of(r.getLong(1)) : Optional.empty();
            }
        }
    }

    private void event(Connection c, long id, int version, String action, String comment, Actor actor)
            throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO workflow_events (disclosure_id, version, action,"
                + " comment, actor, at) VALUES (?, ?, ?, ?, ?, ?)")) {
            s.setLong(1, id);
            s.setInt(2, version);
            s.setString(3, action);
            s.setString(4, comment);
            s.setString(5, actor.username());
            s.setObject(6, now());
            s.executeUpdate();
        }
    }

    private static Set<String> acknowledgedKeys(Connection c, long id, int version) throws SQLException {
        Set<String> keys = new HashSet<>();
        try (PreparedStatement s = c.prepareStatement(
                "SELECT rule_id, path FROM acknowledgements WHERE disclosure_id = ? AND version = ?")) {
            s.setLong(1, id);
            s.setInt(2, version);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    keys.add(key(r.getString(1), r.getString(2)));
                }
            }
        }
        return keys;
    }

    /** How an acknowledgement names the warning it answers: rule id and JSON pointer. */
    public static String key(String rule, String path) {
        return rule + " " + path;
    }

    private static String subject(Connection c, long id, int version) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "SELECT department_id, fiscal_year, kind FROM disclosures WHERE id = ?")) {
            s.setLong(1, id);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return "departments/" + r.getLong(1) + "/" + DisclosureKind.ofCode(r.getString(3)).subjectWord() + "/"
                        + r.getInt(2) + "/versions/" + version;
            }
        }
    }

    private static String describe(DisclosureKind kind) {
        return kind == DisclosureKind.BUDGET ? "a budget disclosure" : "final accounts";
    }

    /** A save keeps the disclosure's kind: a budget does not turn into a 决算, nor the other way. */
    private static void requireSameKind(Head head, Disclosure disclosure) {
        if (DisclosureKind.of(disclosure.document().kind()) != head.kind) {
            throw WorkflowException.invalid("/document/kind", "this disclosure is " + describe(head.kind) + ", not "
                    + disclosure.document().kind().label() + " (公开类型不可更改)");
        }
    }

    private static long departmentOf(Connection c, long id) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT department_id FROM disclosures WHERE id = ?")) {
            s.setLong(1, id);
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                    throw WorkflowException.notFound("no disclosure " + id);
                }
                return r.getLong(1);
            }
        }
    }

    /** Whether the actor may see this department's drafts: see {@link AccessPolicy#seesDrafts}. */
    static boolean canSeeDrafts(Connection c, Actor actor, long departmentId) throws SQLException {
        return !actor.isPublic() && new AccessPolicy(actor).seesDrafts(Places.of(c, departmentId));
    }

    /** The disclosure exists for the asker: an insider, or published. Otherwise it is not found. */
    private static void requireVisible(Connection c, Actor actor, long id) throws SQLException {
        AccessPolicy policy = new AccessPolicy(actor);
        Placement place = Places.of(c, departmentOf(c, id));
        if (!policy.seesDrafts(place)) {
            policy.requireVisible(place, latestPublishedVersion(c, id).isPresent(), id);
        }
    }

    private static void requireInsider(Connection c, Actor actor, long id) throws SQLException {
        AccessPolicy policy = new AccessPolicy(actor);
        Placement place = Places.of(c, departmentOf(c, id));
        if (!policy.seesDrafts(place)) {
            policy.requireInsider(place, latestPublishedVersion(c, id).isPresent(), id);
        }
    }

    private static void requirePreparer(Connection c, Actor actor, long departmentId, Long id) throws SQLException {
        AccessPolicy policy = new AccessPolicy(actor);
        Placement place = Places.of(c, departmentId);
        if (!policy.mayPrepare(place)) {
            policy.requirePreparer(place, id, id != null && latestPublishedVersion(c, id).isPresent());
        }
    }

    private static void requireReviewer(Connection c, Actor actor, long departmentId, Long id) throws SQLException {
        AccessPolicy policy = new AccessPolicy(actor);
        Placement place = Places.of(c, departmentId);
        if (!policy.mayReview(place)) {
            policy.requireReviewer(place, id, id != null && latestPublishedVersion(c, id).isPresent());
        }
    }

    private Disclosure bind(String json, String name) {
        if (json == null || json.isBlank()) {
            throw WorkflowException.invalid("/", "the request has no disclosure (缺少公开文档)");
        }
        return codec.read(json, name, CanonicalFormat.JSON);
    }

    private static String unquote(String tag) {
        String t = tag.strip();
        if (t.startsWith("W/")) {
            t = t.substring(2);
        }
        return t.length() >= 2 && t.startsWith("\"") && t.endsWith("\"") ? t.substring(1, t.length() - 1) : t;
    }

    private static Integer integer(ResultSet r, int column) throws SQLException {
        int value = r.getInt(column);
        return r.wasNull() ? null : value;
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZONE);
    }

    private OffsetDateTime now() {
        return OffsetDateTime.ofInstant(clock.instant().truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC);
    }

}
