package org.gongkai.server.desk;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gongkai.importing.canonical.CanonicalCodec;
import org.gongkai.importing.canonical.CanonicalFormat;
import org.gongkai.importing.canonical.ProfileLibrary;
import org.gongkai.model.Disclosure;
import org.gongkai.model.profile.IndicatorCategory;
import org.gongkai.model.profile.TemplateProfile;
import org.gongkai.server.pages.Comparison;
import org.gongkai.server.pages.ScriptJson;
import org.gongkai.server.security.TokenAuthentication;
import org.gongkai.workflow.Accounts;
import org.gongkai.lifecycle.Actor;
import org.gongkai.workflow.Directory;
import org.gongkai.lifecycle.Role;
import org.gongkai.server.pages.Kinds;
import org.gongkai.lifecycle.DisclosureKind;
import org.gongkai.workflow.Workflow;
import org.gongkai.lifecycle.WorkflowException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import tools.jackson.databind.json.JsonMapper;

/**
 * The authoring desk (编制审核工作台): a preparer's departments and drafts, the editor of every
 * section, a reviewer's queue and review page, the region's deadline dashboard, and the
 * administration of regions, departments and accounts. The pages are shells filled by the use
 * cases; every change goes through the REST API, so the browser and a script follow the same rules.
 */
@Controller
public class DeskController {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** A department with its disclosures as the signed-in person may see them. */
    public record DepartmentDesk(Directory.DepartmentView department, List<Workflow.DisclosureView> disclosures) {
        public Optional<Workflow.DisclosureView> latest() {
            return disclosures.stream().findFirst();
        }

        /** Whether the department's 决算 of that year is started already (it has one a year). */
        public boolean hasFinalAccounts(int year) {
            return disclosures.stream().anyMatch(d -> d.finalAccounts() && d.fiscalYear() == year);
        }
    }

    private final Workflow workflow;
    private final Directory directory;
    private final Accounts accounts;
    private final ProfileLibrary profiles;
    private final CanonicalCodec codec;
    private final org.springframework.context.MessageSource messages;

    public DeskController(Workflow workflow, Directory directory, Accounts accounts, ProfileLibrary profiles,
            CanonicalCodec codec, org.springframework.context.MessageSource messages) {
        this.messages = messages;
        this.workflow = workflow;
        this.directory = directory;
        this.accounts = accounts;
        this.profiles = profiles;
        this.codec = codec;
    }

    @GetMapping("/desk/login")
    String login(@RequestParam(required = false) String next, Model model) {
        model.addAttribute("next", next != null && next.startsWith("/desk") ? next : "/desk");
        return "desk/login";
    }

    @GetMapping("/desk")
    String home(Model model) {
        Actor actor = signedIn();
        List<Workflow.DisclosureView> visible = workflow.search(actor, null, null, null);
        List<DepartmentDesk> mine = new ArrayList<>();
        if (actor.is(Role.PREPARER)) {
            for (Directory.DepartmentView d : directory.departments(null)) {
                if (actor.departmentIds().contains(d.id())) {
                    mine.add(new DepartmentDesk(d, visible.stream().filter(v -> v.department().id() == d.id()).toList()));
                }
            }
        }
        List<Workflow.DisclosureView> queue = visible.stream()
                .filter(v -> v.status().equals("submitted") || v.status().equals("approved")).toList();
        model.addAttribute("actor", actor);
        model.addAttribute("mine", mine);
        model.addAttribute("queue", actor.is(Role.PREPARER) ? List.of() : queue);
        model.addAttribute("inProgress", actor.is(Role.PREPARER) ? List.of()
                : visible.stream().filter(v -> !v.status().equals("published")).toList());
        model.addAttribute("regionCode", regionCode(actor));
        model.addAttribute("year", LocalDate.now(Workflow.ZONE).getYear());
        return "desk/home";
    }

    @GetMapping("/desk/disclosures/{id}")
    String editor(@PathVariable long id, Model model, java.util.Locale locale) {
        Actor actor = signedIn();
        Workflow.Document document = workflow.document(actor, id, null);
        Disclosure d = codec.read(document.json(), "version " + document.version(), CanonicalFormat.JSON);
        model.addAttribute("actor", actor);
        model.addAttribute("view", document.disclosure());
        model.addAttribute("framework", framework(d.document().profile()));
        model.addAttribute("editable", actor.is(Role.PREPARER) || actor.is(Role.ADMINISTRATOR));
        Map<String, Object> texts = new LinkedHashMap<>();
        for (String key : List.of("add", "remove", "up", "down", "saved", "submitted", "acknowledge", "acknowledged",
                "goto", "stale", "readonly")) {
            texts.put(key, messages.getMessage("desk.editor." + key, null, locale));
        }
        texts.put("none", messages.getMessage("desk.editor.findings.none", null, locale));
        texts.put("reason", messages.getMessage("desk.editor.acknowledge.reason", null, locale));
        for (String key : List.of("errors", "warnings", "infos")) {
            texts.put(key, messages.getMessage("desk.counts." + key, null, locale));
        }
        for (String status : List.of("draft", "submitted", "returned", "approved", "published")) {
            texts.put("status_" + status, messages.getMessage("desk.status." + status, null, locale));
        }
        texts.put("english", "en".equals(locale.getLanguage()));
        model.addAttribute("texts", ScriptJson.escape(JSON.writeValueAsString(texts)));
        return "desk/editor";
    }

    @GetMapping("/desk/disclosures/{id}/review")
    String review(@PathVariable long id, Model model, java.util.Locale locale) {
        Actor actor = signedIn();
        Workflow.Document current = workflow.document(actor, id, null);
        Workflow.DisclosureView view = current.disclosure();
        List<Workflow.VersionView> versions = workflow.versions(actor, id);
        Map<String, Object> lastVersion = null;
        if (current.version() > 1) {
            Workflow.Document previous = workflow.document(actor, id, current.version() - 1);
            lastVersion = Map.of("version", previous.version(), "changes",
                    org.gongkai.workflow.JsonDiff.changes(previous.json(), current.json(), 200));
        }
        Disclosure now = codec.read(current.json(), "current", CanonicalFormat.JSON);
        Optional<Disclosure> lastYear = workflow.search(actor, null, view.department().regionCode(), view.fiscalYear() - 1)
                .stream().filter(v -> v.department().id() == view.department().id() && v.kind().equals(view.kind()))
                .findFirst()
                .map(v -> workflow.document(actor, v.id(), v.publishedVersion()))
                .map(doc -> codec.read(doc.json(), "last year", CanonicalFormat.JSON));
        // a 决算 is reviewed against the budget the department published for the same year
        Optional<Disclosure> budget = !view.finalAccounts() ? Optional.empty()
                : workflow.search(actor, null, view.department().regionCode(), view.fiscalYear()).stream()
                        .filter(v -> v.department().id() == view.department().id() && !v.finalAccounts()
                                && v.publishedVersion() != null)
                        .findFirst()
                        .map(v -> workflow.document(actor, v.id(), v.publishedVersion()))
                        .map(doc -> codec.read(doc.json(), "budget", CanonicalFormat.JSON));
        model.addAttribute("budgetFound", budget.isPresent());
        model.addAttribute("execution", view.finalAccounts()
                ? new org.gongkai.server.pages.Execution(messages, locale).of(budget.orElse(null), now) : List.of());
        model.addAttribute("actor", actor);
        model.addAttribute("view", view);
        model.addAttribute("findings", workflow.findings(actor, id));
        Map<String, String> reasons = new LinkedHashMap<>();
        workflow.acknowledgements(actor, id).forEach(a -> reasons.put(Workflow.key(a.rule(), a.path()),
                a.reason() + " (" + a.by() + ")"));
        model.addAttribute("reasons", reasons);
        model.addAttribute("events", workflow.events(actor, id));
        model.addAttribute("versions", versions);
        model.addAttribute("lastVersion", lastVersion);
        model.addAttribute("lastYear", lastYear.map(ly -> new Comparison(messages, locale).of(ly, now)).orElse(List.of()));
        model.addAttribute("lastYearFound", lastYear.isPresent());
        model.addAttribute("mayReview", actor.is(Role.REVIEWER) || actor.is(Role.ADMINISTRATOR));
        model.addAttribute("today", LocalDate.now(Workflow.ZONE));
        return "desk/review";
    }

    @GetMapping("/desk/regions/{code}")
    String dashboard(@PathVariable String code, @RequestParam(required = false) Integer year,
            @RequestParam(required = false) String kind, Model model) {
        Actor actor = signedIn();
        int y = year == null ? LocalDate.now(Workflow.ZONE).getYear() : year;
        DisclosureKind k = Kinds.of(kind);
        List<Workflow.DeadlineRow> rows = workflow.deadlines(actor, code, y, k);
        model.addAttribute("kind", k.code());
        Map<String, Long> counts = new LinkedHashMap<>();
        for (Workflow.DeadlineRow r : rows) {
            counts.merge(r.standing(), 1L, Long::sum);
        }
        model.addAttribute("actor", actor);
        model.addAttribute("region", directory.region(code).orElseThrow(() -> WorkflowException.notFound("no region " + code)));
        model.addAttribute("year", y);
        model.addAttribute("rows", rows);
        model.addAttribute("counts", counts);
        return "desk/dashboard";
    }

    @GetMapping("/desk/admin")
    String admin(Model model) {
        Actor actor = signedIn();
        if (!actor.is(Role.ADMINISTRATOR)) {
            throw WorkflowException.forbidden("only an administrator");
        }
        model.addAttribute("actor", actor);
        model.addAttribute("regions", directory.regions());
        model.addAttribute("departments", directory.departments(null));
        model.addAttribute("users", accounts.users());
        return "desk/admin";
    }

    /** The JSON Schema of the canonical format, which the editor follows. */
    @GetMapping(path = "/desk/schema.json", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    ResponseEntity<String> schema() throws IOException {
        try (InputStream in = CanonicalCodec.class.getResourceAsStream("disclosure.schema.json")) {
            if (in == null) {
                throw WorkflowException.notFound("schema");
            }
            return ResponseEntity.ok(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    /** The indicator framework's 一级 and their 二级 choices, as JSON for the editor. */
    private String framework(String profileId) {
        Map<String, List<String>> choices = new LinkedHashMap<>();
        TemplateProfile profile = profiles.orNull(profileId);
        if (profile != null && profile.framework() != null) {
            for (IndicatorCategory c : profile.framework().categories()) {
                choices.put(c.name(), c.secondLevel().stream().map(IndicatorCategory.SecondLevel::name).toList());
            }
        }
        return ScriptJson.escape(JSON.writeValueAsString(choices));
    }

    private String regionCode(Actor actor) {
        if (actor.regionId() == null) {
            return directory.regions().stream().filter(r -> r.parentCode() == null).map(Directory.RegionView::code)
                    .findFirst().orElse(null);
        }
        return accounts.users().stream().filter(u -> u.username().equals(actor.username()))
                .map(Accounts.User::regionCode).findFirst().orElse(null);
    }

    private static Actor signedIn() {
        Actor actor = TokenAuthentication.current();
        if (actor.isPublic()) {
            throw new WorkflowException(WorkflowException.Kind.UNAUTHENTICATED, "sign in", List.of(), Map.of());
        }
        return actor;
    }

    static String nextOf(HttpServletRequest request) {
        String query = request.getQueryString();
        return request.getRequestURI() + (query == null ? "" : "?" + query);
    }
}
