package org.gongkai.server.pages;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import org.gongkai.importing.canonical.CanonicalCodec;
import org.gongkai.importing.canonical.CanonicalFormat;
import org.gongkai.model.Disclosure;
import org.gongkai.lifecycle.DisclosureKind;
import org.gongkai.lifecycle.Actor;
import org.gongkai.workflow.Directory;
import org.gongkai.workflow.Workflow;
import org.gongkai.lifecycle.WorkflowException;
import org.springframework.stereotype.Component;

/**
 * What the portal reads, composed from the public methods of {@link Workflow} and {@link Directory}:
 * the region tree, the published disclosures of a department or region, and one published version
 * with its model, files, history and statement. Whoever asks, only published versions come out:
 * a signed-in preparer sees the same portal as the public.
 */
@Component
public class Portal {

    /** A region and the regions directly below it. */
    public record RegionNode(Directory.RegionView region, List<RegionNode> children) {
    }

    /**
     * A disclosure as a list shows it: always its latest published version, with its kind
     * ({@code budget} or {@code final_accounts}).
     */
    public record Listed(long id, Directory.DepartmentView department, int fiscalYear, String title,
            int version, Instant publishedAt, LocalDate approvedOn, LocalDate deadline, String kind) {

        public boolean finalAccounts() {
            return DisclosureKind.FINAL_ACCOUNTS.code().equals(kind);
        }
    }

    /** A department's published budget and 决算 of one year, either possibly missing. */
    public record YearPair(int fiscalYear, Optional<Listed> budget, Optional<Listed> finalAccounts) {
    }

    /** One published version with everything its page shows. */
    public record Published(Listed listed, Disclosure disclosure, String statementHtml, List<Workflow.FileView> files,
            List<Workflow.VersionView> versions, List<Workflow.EventView> events) {
    }

    private final Workflow workflow;
    private final Directory directory;
    private final CanonicalCodec codec;
    /** Published pages once made, by disclosure and version; see {@link #published}. */
    private final com.github.benmanes.caffeine.cache.Cache<String, Published> pages =
            org.gongkai.store.Caches.byBytes(PAGES_BYTES, Portal::weight);
    private static final long PAGES_BYTES = 32L << 20;

    public Portal(Workflow workflow, Directory directory, CanonicalCodec codec) {
        this.workflow = workflow;
        this.directory = directory;
        this.codec = codec;
    }

    public List<RegionNode> regionTree() {
        List<Directory.RegionView> all = directory.regions();
        return childrenOf(null, all);
    }

    private static List<RegionNode> childrenOf(String parent, List<Directory.RegionView> all) {
        List<RegionNode> out = new ArrayList<>();
        for (Directory.RegionView r : all) {
            if (Objects.equals(r.parentCode(), parent)) {
                out.add(new RegionNode(r, childrenOf(r.code(), all)));
            }
        }
        return out;
    }

    public Directory.RegionView region(String code) {
        return directory.region(code).orElseThrow(() -> WorkflowException.notFound("no region " + code));
    }

    /** The region and the regions above it, the top first. */
    public List<Directory.RegionView> trail(String code) {
        Map<String, Directory.RegionView> byCode = new LinkedHashMap<>();
        directory.regions().forEach(r -> byCode.put(r.code(), r));
        List<Directory.RegionView> out = new ArrayList<>();
        Directory.RegionView at = byCode.get(code);
        while (at != null && out.size() < 16) {
            out.add(0, at);
            at = at.parentCode() == null ? null : byCode.get(at.parentCode());
        }
        return out;
    }

    public List<Directory.RegionView> regionsBelow(String code) {
        return directory.regions().stream().filter(r -> code.equals(r.parentCode())).toList();
    }

    public List<Directory.RegionView> regions() {
        return directory.regions();
    }

    public Directory.DepartmentView department(String regionCode, String code) {
        return directory.department(regionCode + "/" + code)
                .orElseThrow(() -> WorkflowException.notFound("no department " + regionCode + "/" + code));
    }

    /** Published disclosures matching the text, in a region (and below) and a year; newest year first. */
    public List<Listed> search(Actor actor, String text, String regionCode, Integer year) {
        return workflow.search(actor, text, regionCode, year).stream().map(v -> listed(actor, v))
                .flatMap(Optional::stream).toList();
    }

    /** The most recently published disclosures. */
    public List<Listed> latest(Actor actor, int limit) {
        return search(actor, null, null, null).stream()
                .sorted(Comparator.comparing(Listed::publishedAt, Comparator.nullsLast(Comparator.reverseOrder())))
                .limit(limit).toList();
    }

    /** A department's published disclosures, newest year first. */
    public List<Listed> ofDepartment(Actor actor, Directory.DepartmentView department) {
        return search(actor, null, department.regionCode(), null).stream()
                .filter(l -> l.department().key().equals(department.key())).toList();
    }

    /** A department's published budget and 决算 by year, newest year first. */
    public List<YearPair> yearsOf(Actor actor, Directory.DepartmentView department) {
        List<Listed> all = ofDepartment(actor, department);
        TreeSet<Integer> years = new TreeSet<>(Comparator.reverseOrder());
        all.forEach(l -> years.add(l.fiscalYear()));
        return years.stream().map(y -> new YearPair(y,
                all.stream().filter(l -> l.fiscalYear() == y && !l.finalAccounts()).findFirst(),
                all.stream().filter(l -> l.fiscalYear() == y && l.finalAccounts()).findFirst())).toList();
    }

    /** The fiscal years that have a published disclosure in the region (and below), newest first. */
    public List<Integer> years(Actor actor, String regionCode) {
        TreeSet<Integer> years = new TreeSet<>(Comparator.reverseOrder());
        search(actor, null, regionCode, null).forEach(l -> years.add(l.fiscalYear()));
        return List.copyOf(years);
    }

    /**
     * A published version and everything the page shows of it. A published version never changes
     * (a correction is a new version, with a new key), so the result is kept once made: binding the
     * document and cutting the statement out of its file are the costly parts of the page.
     */
    public Published published(Actor actor, long id) {
        Workflow.DisclosureView view = workflow.view(actor, id);
        Integer version = view.publishedVersion();
        if (version == null) {
            throw WorkflowException.notFound("no disclosure " + id);
        }
        String key = id + "/" + version;
        Published kept = pages.getIfPresent(key);
        if (kept != null) {
            return kept;
        }
        Published made = publishedVersion(actor, id, view, version);
        pages.put(key, made);
        return made;
    }

    /**
     * About the bytes a page holds: its statement as HTML, and the bound document, which takes about
     * as much again as the statement and its tables (two bytes a char, and the objects around them).
     */
    private static int weight(Published p) {
        long text = p.statementHtml() == null ? 0 : p.statementHtml().length();
        return (int) Math.min(Integer.MAX_VALUE, text * 4 + 64L * 1024);
    }

    private Published publishedVersion(Actor actor, long id, Workflow.DisclosureView view, int version) {
        Workflow.Document document = workflow.document(actor, id, version);
        Disclosure disclosure = codec.read(document.json(), "published version " + version, CanonicalFormat.JSON);
        Listed listed = new Listed(id, view.department(), disclosure.fiscalYear(), disclosure.document().title(),
                version, view.publishedAt(), view.approvedOn(), view.deadline(), view.kind());
        String statement = Statement.body(workflow.file(actor, id, version, "html").bytes());
        List<Workflow.FileView> files = workflow.files(actor, id, version);
        List<Workflow.VersionView> versions = workflow.versions(actor, id).stream()
                .filter(v -> "published".equals(v.status())).toList();
        List<Workflow.EventView> events = workflow.events(actor, id).stream()
                .filter(e -> "publish".equals(e.action())).toList();
        return new Published(listed, disclosure, statement, files, versions, events);
    }

    /** The model of a disclosure's latest published version (the same kept page as {@link #published}). */
    public Published publishedModel(Actor actor, long id) {
        return published(actor, id);
    }

    /**
     * The listing of a disclosure's latest published version, or nothing if none is published. An
     * insider's view describes the latest version, which may be a draft: then the title is read
     * from the published version instead.
     */
    private Optional<Listed> listed(Actor actor, Workflow.DisclosureView v) {
        Integer published = v.publishedVersion();
        if (published == null) {
            return Optional.empty();
        }
        String title = v.title();
        if (v.version() != published) {
            String json = workflow.document(actor, v.id(), published).json();
            title = codec.read(json, "published version " + published, CanonicalFormat.JSON).document().title();
        }
        return Optional.of(new Listed(v.id(), v.department(), v.fiscalYear(), title, published, v.publishedAt(),
                v.approvedOn(), v.deadline(), v.kind()));
    }
}
