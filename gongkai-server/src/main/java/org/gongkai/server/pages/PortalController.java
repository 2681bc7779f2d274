package org.gongkai.server.pages;

import org.gongkai.lifecycle.DisclosureKind;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.gongkai.lifecycle.Actor;
import org.gongkai.workflow.Directory;
import org.gongkai.workflow.Workflow;
import org.gongkai.lifecycle.WorkflowException;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.json.JsonMapper;

/**
 * The public portal's pages. Each reads through {@link Portal} as the public, whoever is signed in:
 * the portal is what the public sees, so a preparer's search there cannot match words that are only
 * in their draft, and a region's finding counts are those of the published versions. Drafts are
 * worked on at the desk.
 */
@Controller
public class PortalController {

    /** A published version's charts and target tables in one language: made once, as the version never changes. */
    private record Drawn(List<Charts.Chart> charts, String json, List<?> targets) {
    }

    /** Charts once drawn, by disclosure, published version and language; bounded by the size of their JSON. */
    private final com.github.benmanes.caffeine.cache.Cache<String, Drawn> drawn =
            org.gongkai.store.Caches.byBytes(16L << 20, d -> d.json().length() * 4 + 1024);

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int LATEST = 10;
    /** The standings of {@link Workflow#deadlines} in the order the region page counts them. */
    static final List<String> STANDINGS = List.of("published", "published-late", "published-no-approval-date", "due",
            "overdue", "in-preparation", "missing", "not-published");

    private final Portal portal;
    private final Workflow workflow;
    private final MessageSource messages;

    public PortalController(Portal portal, Workflow workflow, MessageSource messages) {
        this.portal = portal;
        this.workflow = workflow;
        this.messages = messages;
    }

    @GetMapping("/")
    public String home(Model model) {
        model.addAttribute("tree", portal.regionTree());
        model.addAttribute("latest", portal.latest(actor(), LATEST));
        return "portal/home";
    }

    @GetMapping("/regions/{code}")
    public String region(@PathVariable String code, @RequestParam(required = false) Integer year,
            @RequestParam(required = false) String kind, Model model) {
        org.gongkai.lifecycle.DisclosureKind wanted = Kinds.of(kind);
        Directory.RegionView region = portal.region(code);
        List<Integer> years = new ArrayList<>(portal.years(actor(), code));
        int thisYear = LocalDate.now(Workflow.ZONE).getYear();
        int chosen = year != null ? year : years.isEmpty() ? thisYear : years.get(0);
        if (chosen < 1990 || chosen > 2100) {
            throw WorkflowException.notFound("no year " + chosen);
        }
        for (int y : new int[] {thisYear + 1, thisYear, chosen}) {
            if (!years.contains(y)) {
                years.add(y);
            }
        }
        years.sort(java.util.Comparator.reverseOrder());
        List<Workflow.DeadlineRow> rows = workflow.deadlines(actor(), code, chosen, wanted);
        model.addAttribute("kind", wanted == org.gongkai.lifecycle.DisclosureKind.BUDGET ? "budget" : "final");
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String s : STANDINGS) {
            long n = rows.stream().filter(r -> r.standing().equals(s)).count();
            if (n > 0) {
                counts.put(s, n);
            }
        }
        model.addAttribute("region", region);
        model.addAttribute("trail", portal.trail(code));
        model.addAttribute("below", portal.regionsBelow(code));
        model.addAttribute("year", chosen);
        model.addAttribute("years", years);
        model.addAttribute("rows", rows);
        model.addAttribute("counts", counts);
        return "portal/region";
    }

    @GetMapping("/departments/{regionCode}/{code}")
    public String department(@PathVariable String regionCode, @PathVariable String code, Model model) {
        Directory.DepartmentView department = portal.department(regionCode, code);
        List<Portal.Listed> disclosures = portal.ofDepartment(actor(), department);
        model.addAttribute("department", department);
        model.addAttribute("trail", portal.trail(regionCode));
        model.addAttribute("disclosures", disclosures);
        model.addAttribute("years", portal.yearsOf(actor(), department));
        model.addAttribute("budgets", disclosures.stream().filter(l -> !l.finalAccounts()).count());
        model.addAttribute("finals", disclosures.stream().filter(Portal.Listed::finalAccounts).count());
        return "portal/department";
    }

    /**
     * A department's year: its published budget and final accounts side by side, 预算 against 决算 by
     * function class and for 三公 with the execution rate, each as a chart with its data table.
     */
    @GetMapping("/departments/{regionCode}/{code}/years/{year}")
    public String year(@PathVariable String regionCode, @PathVariable String code, @PathVariable int year, Model model,
            Locale locale) {
        Directory.DepartmentView department = portal.department(regionCode, code);
        Portal.YearPair pair = portal.yearsOf(actor(), department).stream().filter(y -> y.fiscalYear() == year)
                .findFirst().orElseThrow(() -> WorkflowException.notFound("no published disclosure of " + year));
        Portal.Published budget = pair.budget().map(l -> portal.published(actor(), l.id())).orElse(null);
        Portal.Published fa = pair.finalAccounts().map(l -> portal.published(actor(), l.id())).orElse(null);
        List<Execution.Part> parts = new Execution(messages, locale).of(budget == null ? null : budget.disclosure(),
                fa == null ? null : fa.disclosure());
        model.addAttribute("department", department);
        model.addAttribute("trail", portal.trail(regionCode));
        model.addAttribute("year", year);
        model.addAttribute("budget", budget);
        model.addAttribute("fa", fa);
        model.addAttribute("parts", parts);
        model.addAttribute("chartJson", json(parts.stream().map(Execution.Part::chart).toList()));
        model.addAttribute("unit", messages.getMessage("unit." + (budget != null ? budget : fa).disclosure().document()
                .unit().name(), null, locale));
        return "portal/execution";
    }

    @GetMapping("/disclosures/{id}")
    public String disclosure(@PathVariable long id, Model model, Locale locale) {
        Portal.Published p = portal.published(actor(), id);
        Drawn drawn = this.drawn.get(id + "/" + p.listed().version() + "/" + locale, key -> {
            List<Charts.Chart> charts = new Charts(messages, locale).of(p.disclosure());
            return new Drawn(charts, json(charts), p.disclosure().performance() == null ? List.of()
                    : p.disclosure().performance().projects().stream().map(Targets::of).toList());
        });
        model.addAttribute("p", p);
        model.addAttribute("d", p.disclosure());
        model.addAttribute("trail", portal.trail(p.listed().department().regionCode()));
        model.addAttribute("charts", drawn.charts());
        model.addAttribute("chartJson", drawn.json());
        model.addAttribute("targets", drawn.targets());
        model.addAttribute("unit", messages.getMessage("unit." + p.disclosure().document().unit().name(), null, locale));
        List<Portal.Listed> ofDepartment = portal.ofDepartment(actor(), p.listed().department());
        model.addAttribute("otherYears", ofDepartment.stream()
                .filter(l -> l.id() != id && l.finalAccounts() == p.listed().finalAccounts()).toList());
        model.addAttribute("counterpart", ofDepartment.stream()
                .filter(l -> l.fiscalYear() == p.listed().fiscalYear() && l.finalAccounts() != p.listed().finalAccounts())
                .findFirst().orElse(null));
        return "portal/disclosure";
    }

    @GetMapping("/compare")
    public String compare(@RequestParam(required = false) String department, @RequestParam(required = false) String a,
            @RequestParam(required = false) String b, @RequestParam(required = false) String kind, Model model,
            Locale locale) {
        Portal.Published first = null;
        Portal.Published second = null;
        List<Portal.Listed> available = List.of();
        org.gongkai.lifecycle.DisclosureKind wanted = Kinds.of(kind);
        model.addAttribute("kind", wanted == org.gongkai.lifecycle.DisclosureKind.BUDGET ? "budget" : "final");
        if (department != null && !department.isBlank()) {
            int slash = department.indexOf('/');
            if (slash <= 0) {
                throw WorkflowException.notFound("no department " + department);
            }
            Directory.DepartmentView dept = portal.department(department.substring(0, slash), department.substring(slash + 1));
            available = portal.ofDepartment(actor(), dept).stream()
                    .filter(l -> l.kind().equals(wanted.code())).toList();
            model.addAttribute("department", dept);
            Optional<Portal.Listed> la = byYear(available, a, 1);
            Optional<Portal.Listed> lb = byYear(available, b, 0);
            if (la.isPresent() && lb.isPresent()) {
                first = portal.publishedModel(actor(), la.get().id());
                second = portal.publishedModel(actor(), lb.get().id());
            }
        } else if (a != null && b != null) {
            first = portal.publishedModel(actor(), id(a));
            second = portal.publishedModel(actor(), id(b));
            model.addAttribute("department", first.listed().department());
            String firstKind = first.listed().kind();
            model.addAttribute("kind", first.listed().finalAccounts() ? "final" : "budget");
            available = portal.ofDepartment(actor(), first.listed().department()).stream()
                    .filter(l -> l.kind().equals(firstKind)).toList();
        }
        if (first != null && second != null && first.listed().fiscalYear() > second.listed().fiscalYear()) {
            Portal.Published t = first;
            first = second;
            second = t;
        }
        model.addAttribute("available", available);
        model.addAttribute("first", first);
        model.addAttribute("second", second);
        if (first != null && second != null) {
            model.addAttribute("groups", new Comparison(messages, locale).of(first.disclosure(), second.disclosure()));
            model.addAttribute("unit",
                    messages.getMessage("unit." + first.disclosure().document().unit().name(), null, locale));
        }
        return "portal/compare";
    }

    @GetMapping("/search")
    public String search(@RequestParam(required = false) String q, @RequestParam(required = false) String region,
            @RequestParam(required = false) Integer year, Model model) {
        String regionCode = region == null || region.isBlank() ? null : region;
        boolean asked = (q != null && !q.isBlank()) || regionCode != null || year != null;
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute("region", regionCode);
        model.addAttribute("year", year);
        model.addAttribute("regions", portal.regions());
        model.addAttribute("asked", asked);
        model.addAttribute("results", asked ? portal.search(actor(), q, regionCode, year) : List.of());
        return "portal/search";
    }

    private static Optional<Portal.Listed> byYear(List<Portal.Listed> available, String year, int defaultIndex) {
        if (year == null || year.isBlank()) {
            return available.size() > defaultIndex ? Optional.of(available.get(defaultIndex)) : Optional.empty();
        }
        int y = id(year) > Integer.MAX_VALUE ? -1 : (int) id(year);
        return available.stream().filter(l -> l.fiscalYear() == y).findFirst();
    }

    private static long id(String text) {
        try {
            return Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            throw WorkflowException.notFound("not a number: " + text);
        }
    }

    /** The charts as JSON inside a script element, no text of the document read as markup. */
    private static String json(Object value) {
        return ScriptJson.escape(JSON.writeValueAsString(value));
    }

    private static Actor actor() {
        return Actor.PUBLIC;
    }
}
