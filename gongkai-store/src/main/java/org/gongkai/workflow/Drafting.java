package org.gongkai.workflow;

import org.gongkai.lifecycle.StoredVersion;
import static org.gongkai.workflow.Drafts.describe;
import static org.gongkai.workflow.Drafts.key;
import static org.gongkai.workflow.Drafts.requireSameKind;
import static org.gongkai.workflow.Drafts.unquote;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.gongkai.importing.canonical.CanonicalCodec;
import org.gongkai.lifecycle.Actor;
import org.gongkai.lifecycle.DisclosureKind;
import org.gongkai.lifecycle.Disclosures;
import org.gongkai.lifecycle.DocumentDates;
import org.gongkai.lifecycle.Lifecycle;
import org.gongkai.lifecycle.WorkflowException;
import org.gongkai.model.Disclosure;
import org.gongkai.validation.Finding;
import org.gongkai.validation.Severity;
import org.gongkai.workflow.Workflow.Acknowledgement;
import org.gongkai.workflow.Workflow.Checked;
import org.gongkai.workflow.Workflow.Rendered;

/**
 * Drafting: a department starts its disclosure of a year (typed, or imported from a file), saves it
 * under optimistic concurrency, answers the rule catalogue's warnings, and starts a correction of what
 * it published.
 */
final class Drafting extends UseCase {

    Drafting(Repositories repositories, CanonicalCodec codec, Function<Disclosure, List<Finding>> checks,
            Function<Disclosure, List<Rendered>> renderer, Clock clock) {
        super(repositories, codec, checks, renderer, clock);
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
        transactions.inTransaction(() -> {
            gates.requirePreparer(actor, department(departmentKey), null);
            return null;
        });
    }

    /** Starts a draft from a disclosure read from an uploaded file. */
    public Checked createFromImport(Actor actor, String departmentKey, Disclosure disclosure, String fileName) {
        return createDraft(actor, departmentKey, disclosure, "import", "导入自 " + fileName);
    }

    private Checked createDraft(Actor actor, String departmentKey, Disclosure disclosure, String action, String note) {
        Disclosures.Revision content = revision(disclosure);
        return transactions.inTransaction(() -> {
            long departmentId = department(departmentKey);
            gates.requirePreparer(actor, departmentId, null);
            departments.lock(departmentId);
            int year = disclosure.document().fiscalYear();
            DisclosureKind kind = DisclosureKind.of(disclosure.document().kind());
            if (disclosures.find(departmentId, year, kind).isPresent()) {
                throw WorkflowException.conflict(departmentKey + " already has " + describe(kind) + " for " + year
                        + (kind == DisclosureKind.BUDGET ? " (本年度预算公开已存在)" : " (本年度决算公开已存在)"));
            }
            long id = disclosures.start(departmentId, Lifecycle.started(kind, year), content,
                    new Disclosures.Origin(action, action, note, null), actor);
            return new Checked(view(id), content.findings(), Set.of());
        });
    }

    /**
     * Saves a new content over the latest version, which must be a draft (or returned). {@code ifMatch}
     * must be the entity tag the content was read with: if someone saved since, nothing is written and
     * the refusal lists the places where the stored content differs from the one sent.
     */
    public Checked save(Actor actor, long id, String ifMatch, String canonicalJson) {
        Disclosure disclosure = bind(canonicalJson, "request");
        Disclosures.Revision content = revision(disclosure);
        return transactions.inTransaction(() -> {
            StoredVersion head = disclosures.lockLatest(id);
            gates.requirePreparer(actor, head.departmentId(), id);
            Lifecycle.Transition edit = head.lifecycle().edit();
            if (ifMatch == null || ifMatch.isBlank()) {
                throw new WorkflowException(WorkflowException.Kind.PRECONDITION_REQUIRED,
                        "send If-Match with the entity tag of the version you edited (缺少If-Match)", List.of(),
                        Map.of("currentEtag", head.etag()));
            }
            if (!head.etag().equals(unquote(ifMatch))) {
                Map<String, Object> details = new LinkedHashMap<>();
                details.put("currentEtag", head.etag());
                details.put("savedBy", head.updatedBy());
                details.put("savedAt", head.updatedAt().toString());
                details.put("changed", JsonDiff.pointers(head.json(), content.json(), 200));
                throw new WorkflowException(WorkflowException.Kind.STALE, "version " + head.version()
                        + " was saved by " + head.updatedBy() + " after you read it (他人已保存新内容，请先合并)",
                        List.of(), details);
            }
            if (disclosure.document().fiscalYear() != head.fiscalYear()) {
                throw WorkflowException.invalid("/document/fiscalYear", "this disclosure is for "
                        + head.fiscalYear() + ", not " + disclosure.document().fiscalYear());
            }
            requireSameKind(head, disclosure);
            disclosures.save(head, edit, content, actor);
            return new Checked(view(id), content.findings(), disclosures.acknowledged(id, head.version()));
        });
    }

    /** Records the preparer's answers to warnings of the latest version; a reason is required. */
    public Checked acknowledge(Actor actor, long id, List<Acknowledgement> answers) {
        if (answers == null) {
            throw WorkflowException.invalid("", "须为确认的列表 (a list of acknowledgements is expected)");
        }
        return transactions.inTransaction(() -> {
            StoredVersion head = disclosures.lockLatest(id);
            gates.requirePreparer(actor, head.departmentId(), id);
            if (!head.lifecycle().editable()) {
                throw WorkflowException.conflict("version " + head.version() + " is " + head.status().code());
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
                            "no warning " + a.rule() + " at " + a.path() + " in version " + head.version()));
                }
            }
            if (!problems.isEmpty()) {
                throw new WorkflowException(WorkflowException.Kind.INVALID, "acknowledgements not accepted (确认无效)",
                        problems, Map.of());
            }
            disclosures.acknowledge(head, answers.stream()
                    .map(a -> new Disclosures.Answer(a.rule(), a.path(), a.reason())).toList(), actor);
            return new Checked(view(id), findings, disclosures.acknowledged(id, head.version()));
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
        return transactions.inTransaction(() -> {
            StoredVersion head = disclosures.lockLatest(id);
            gates.requirePreparer(actor, head.departmentId(), id);
            Lifecycle.Transition correction = head.lifecycle().correct(changeNote);
            Disclosure disclosure = DocumentDates.unpublished(
                    canonicalJson == null ? head.disclosure(codec) : bind(canonicalJson, "request"));
            if (disclosure.document().fiscalYear() != head.fiscalYear()) {
                throw WorkflowException.invalid("/document/fiscalYear", "this disclosure is for " + head.fiscalYear());
            }
            requireSameKind(head, disclosure);
            Disclosures.Revision content = revision(disclosure);
            disclosures.addVersion(head, correction, content, actor);
            return new Checked(view(id), content.findings(), Set.of());
        });
    }
}
