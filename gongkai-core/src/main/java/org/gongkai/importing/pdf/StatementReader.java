package org.gongkai.importing.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongkai.importing.ImportResult.Unplaced;
import org.gongkai.model.Assets;
import org.gongkai.model.BudgetOverview;
import org.gongkai.model.BudgetTable;
import org.gongkai.model.GlossaryEntry;
import org.gongkai.model.OperatingCosts;
import org.gongkai.model.Organisation;
import org.gongkai.model.Performance;
import org.gongkai.model.Procurement;
import org.gongkai.model.ProjectNote;
import org.gongkai.model.ThreePublicExpenses;

/**
 * The statement sections around the tables. It places the duties (主要职能: the sentence before
 * them and one item per （一）/一、), the organisation (机构设置, as its description), the glossary
 * (名词解释: （一）term：definition), the budget explanation (…预算编制说明, see {@link ExplanationReader}),
 * 其他相关情况说明 and 项目经费情况说明 (see {@link OtherMattersReader}); every line it cannot place is
 * reported as unplaced.
 */
record StatementReader(
        String dutiesIntroduction,
        List<String> duties,
        Organisation organisation,
        List<GlossaryEntry> glossary,
        BudgetOverview overview,
        OperatingCosts operatingCosts,
        ThreePublicExpenses threePublic,
        Performance performance,
        Procurement procurement,
        Assets assets,
        List<ProjectNote> projectNotes,
        ProjectSections.Read projects) {

    /** An item numbered （一）, 一、, 1. / 1、 / 1．, （1） or (1): templates number duties and terms each way. */
    private static final Pattern ITEM = Pattern.compile(
            "^(（[一二三四五六七八九十]+）|[一二三四五六七八九十]+、|\\d{1,2}\\s*[.．、](?!\\d)|[（(]\\d{1,2}[）)])(.*)$");
    private static final Pattern TERM = Pattern.compile("^([^：]{1,20})：(.+)$");

    static StatementReader read(List<PdfLine> lines, List<BudgetTable> tables, Map<String, String> places,
            List<Unplaced> unplaced, Template template) {
        List<Section> sections = Section.split(lines, template);
        String introduction = null;
        List<String> duties = new ArrayList<>();
        Organisation organisation = null;
        List<GlossaryEntry> glossary = new ArrayList<>();
        BudgetOverview overview = null;
        List<Section> explained = new ArrayList<>();
        boolean finalAccounts = template.profile().kind() != null && template.profile().kind().isFinalAccounts();
        OtherMattersReader other = null;
        List<Section> projectSections = new ArrayList<>();
        for (Section s : sections) {
            switch (s.kind()) {
                case DUTIES -> {
                    StringBuilder intro = new StringBuilder();
                    for (Paragraph p : s.paragraphs()) {
                        Matcher m = ITEM.matcher(p.text());
                        if (m.matches()) {
                            places.put("/duties/" + duties.size(), p.place());
                            duties.add(m.group(2).strip());
                        } else if (duties.isEmpty()) {
                            intro.append(p.text());
                            places.putIfAbsent("/dutiesIntroduction", p.place());
                        } else {
                            p.report(unplaced, "text after the duties");
                        }
                    }
                    introduction = intro.isEmpty() ? null : intro.toString();
                    s.heading().ifPresent(h -> places.put("/duties", h.place()));
                }
                case ORGANISATION -> {
                    List<String> texts = s.paragraphs().stream().map(Paragraph::text).toList();
                    if (!texts.isEmpty()) {
                        organisation = new Organisation(List.of(), String.join("\n", texts));
                        places.put("/organisation/description", s.paragraphs().get(0).place());
                    }
                }
                case GLOSSARY -> {
                    for (Paragraph p : s.paragraphs()) {
                        Matcher item = ITEM.matcher(p.text());
                        Matcher term = TERM.matcher(item.matches() ? item.group(2).strip() : "");
                        if (term.matches()) {
                            places.put("/glossary/" + glossary.size(), p.place());
                            glossary.add(new GlossaryEntry(term.group(1), term.group(2)));
                        } else {
                            p.report(unplaced, "glossary text that is no （n）term：definition");
                        }
                    }
                }
                case EXPLANATION -> {
                    if (explained.stream().noneMatch(e -> e.kind() == Section.Kind.EXPLANATION)) {
                        explained.add(s);
                    } else {
                        report(s, unplaced, "a second budget explanation");
                    }
                }
                case TABLE_NOTE -> {
                    if (finalAccounts && other == null) {
                        // a final account's statements on its tables are read by the final accounts reader
                        other = OtherMattersReader.part(s, places, unplaced, template::phrases);
                    } else if (finalAccounts) {
                        other.addPart(s, places, unplaced);
                    } else {
                        explained.add(s);
                    }
                }
                case OTHER_MATTERS -> {
                    if (other == null) {
                        other = OtherMattersReader.read(s, places, unplaced, template::phrases);
                    } else {
                        other.add(s, places, unplaced);
                    }
                }
                case PART -> {
                    if (other == null) {
                        other = OtherMattersReader.part(s, places, unplaced, template::phrases);
                    } else {
                        other.addPart(s, places, unplaced);
                    }
                }
                case PROJECTS -> projectSections.add(s);
                default -> {
                    s.heading().ifPresent(h -> unplaced.add(new Unplaced(h.place(), h.text(), "section not imported")));
                    for (Paragraph p : s.paragraphs()) {
                        p.report(unplaced, s.kind() == Section.Kind.NONE ? "text outside any known section" : "section not imported");
                    }
                }
            }
        }
        overview = overview(explained, tables, places, unplaced, template);
        ProjectSections.Read projects = ProjectSections.read(projectSections, places, unplaced, template);
        return new StatementReader(introduction, duties, organisation, glossary, overview,
                other == null ? null : other.operatingCosts, other == null ? null : other.threePublic,
                other == null ? null : other.performance, other == null ? null : other.procurement,
                other == null ? null : other.assets, projects.notes(), projects);
    }

    /**
     * The budget explanation: in one section (…预算编制说明, read by {@link ExplanationReader}), or one section per
     * table (read by {@link TableNotesReader}); of the two readings, the one that leaves fewer lines unplaced.
     */
    private static BudgetOverview overview(List<Section> explained, List<BudgetTable> tables, Map<String, String> places,
            List<Unplaced> unplaced, Template template) {
        if (explained.isEmpty()) {
            return null;
        }
        Section single = explained.stream().filter(e -> e.kind() == Section.Kind.EXPLANATION).findFirst().orElse(null);
        Map<String, String> singlePlaces = new java.util.LinkedHashMap<>();
        List<Unplaced> singleUnplaced = new ArrayList<>();
        BudgetOverview read = single == null ? null : ExplanationReader.read(single, tables, singlePlaces, singleUnplaced);
        if (single != null) {
            single.heading().ifPresent(h -> singlePlaces.put("/overview", h.place()));
        }
        for (Section s : explained) {
            if (s != single) {
                report(s, singleUnplaced, "budget explanation of one table not understood");
            }
        }
        Map<String, String> bySectionPlaces = new java.util.LinkedHashMap<>();
        List<Unplaced> bySectionUnplaced = new ArrayList<>();
        java.util.Optional<BudgetOverview> bySection = TableNotesReader.read(explained, tables, bySectionPlaces,
                bySectionUnplaced, template::phrases);
        if (bySection.isPresent() && bySectionUnplaced.size() < singleUnplaced.size()) {
            places.putAll(bySectionPlaces);
            unplaced.addAll(bySectionUnplaced);
            return bySection.get();
        }
        places.putAll(singlePlaces);
        unplaced.addAll(singleUnplaced);
        return read;
    }

    /** Whether nothing of a statement was found: no duties, organisation, glossary, explanation or other part. */
    boolean isEmpty() {
        return duties.isEmpty() && dutiesIntroduction == null && organisation == null && glossary.isEmpty()
                && overview == null && operatingCosts == null && threePublic == null && performance == null
                && procurement == null && assets == null && projectNotes.isEmpty();
    }

    private static void report(Section s, List<Unplaced> unplaced, String reason) {
        s.heading().ifPresent(h -> unplaced.add(new Unplaced(h.place(), h.text(), reason)));
        s.paragraphs().forEach(p -> p.report(unplaced, reason));
    }
}
