package org.gongkai.importing.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongkai.importing.ImportResult.Unplaced;
import org.gongkai.model.Amount;
import org.gongkai.model.Paragraph;
import org.gongkai.model.ProjectNote;
import org.gongkai.model.ProjectTarget;

/**
 * The sections on one project each (项目经费情况说明: 一、项目概况 … 六、年度预算安排 七、绩效目标), as many
 * as the document prints. Each is a {@link ProjectNote} of headed paragraphs; the part the profile
 * names the goal (project.goal) makes it a {@link ProjectTarget} too, with the amount where the
 * budget part (project.budget) states one in the profile's words (project.amount). A goal that only
 * points elsewhere (详见单位的项目绩效目标表: project.goal_elsewhere) is no goal. The project is named
 * by the section's heading before its title (…业务经费项目经费情况说明), else by the project the first
 * paragraph names (…的万里街道社区公共服务中心新建工程，).
 */
final class ProjectSections {

    private static final Pattern PART = Pattern.compile("^[一二三四五六七八九十]+、(.+)$");
    /** A part heading is short: a longer numbered line is prose. */
    private static final int PART_HEADING_LENGTH = 12;
    private static final Pattern NAMED_IN_TEXT = Pattern.compile("的([^，。的]+?(?:工程|项目))[，,]");

    /** The notes and targets read, each target with where it was printed (relative pointers → places). */
    record Read(List<ProjectNote> notes, List<ProjectTarget> targets, List<Map<String, String>> targetPlaces) {}

    private ProjectSections() {}

    static Read read(List<Section> sections, Map<String, String> places, List<Unplaced> unplaced, Template template) {
        List<ProjectNote> notes = new ArrayList<>();
        List<ProjectTarget> targets = new ArrayList<>();
        List<Map<String, String>> targetPlaces = new ArrayList<>();
        for (Section s : sections) {
            String pointer = "/projectNotes/" + notes.size();
            List<Paragraph> paragraphs = new ArrayList<>();
            List<String> partPlaces = new ArrayList<>();
            String heading = null;
            List<String> texts = new ArrayList<>();
            String first = null;
            for (org.gongkai.importing.pdf.Paragraph whole : s.paragraphs()) {
                for (org.gongkai.importing.pdf.Paragraph p : headingApart(whole)) {
                Matcher h = PART.matcher(p.text());
                if (h.matches() && h.group(1).length() <= PART_HEADING_LENGTH && !p.text().contains("。")) {
                    if (heading != null) {
                        paragraphs.add(new Paragraph(heading, String.join("\n", texts)));
                    }
                    heading = h.group(1).strip();
                    texts = new ArrayList<>();
                    partPlaces.add(p.place());
                    places.put(pointer + "/paragraphs/" + paragraphs.size(), p.place());
                } else if (heading == null) {
                    p.report(unplaced, "project note text before its first heading");
                } else {
                    texts.add(p.text());
                    first = first == null ? p.text() : first;
                }
                }
            }
            if (heading != null) {
                paragraphs.add(new Paragraph(heading, String.join("\n", texts)));
            }
            if (paragraphs.isEmpty()) {
                s.heading().ifPresent(l -> unplaced.add(new Unplaced(l.place(), l.text(), "project section with no parts")));
                continue;
            }
            String firstText = first;
            String name = nameInHeading(s, template).or(() -> nameInText(firstText))
                    .orElseGet(() -> s.heading().map(l -> l.text().replace(" ", "")).orElse("项目经费情况说明"));
            s.heading().ifPresent(l -> places.put(pointer, l.place()));
            notes.add(new ProjectNote(name, paragraphs));
            String goal = null;
            String goalPlace = null;
            Amount amount = null;
            for (int i = 0; i < paragraphs.size(); i++) {
                Paragraph part = paragraphs.get(i);
                if (names(part.heading(), template.phrases("project.goal")) && !part.text().isBlank()
                        && !startsWithAny(part.text(), template.phrases("project.goal_elsewhere"))) {
                    goal = part.text().replace("\n", "");
                    goalPlace = partPlaces.get(i);
                } else if (names(part.heading(), template.phrases("project.budget")) && amount == null) {
                    amount = FigureText.amount(part.text(), template.phrases("project.amount")).orElse(null);
                }
            }
            if (goal != null) {
                targets.add(new ProjectTarget(name, amount, goal, List.of()));
                targetPlaces.add(Map.of("", s.heading().map(PdfLine::place).orElse(goalPlace), "/goal", goalPlace));
            }
        }
        return new Read(notes, targets, targetPlaces);
    }

    /**
     * A paragraph whose first line is a part heading (一、项目概述) and whose text goes on unindented
     * on the next line, as two: the heading and its text.
     */
    private static List<org.gongkai.importing.pdf.Paragraph> headingApart(org.gongkai.importing.pdf.Paragraph p) {
        List<PdfLine> lines = p.lines();
        String first = lines.get(0).text().strip().replace(" ", "");
        Matcher h = PART.matcher(first);
        if (lines.size() > 1 && h.matches() && h.group(1).length() <= PART_HEADING_LENGTH && !first.contains("。")) {
            return List.of(new org.gongkai.importing.pdf.Paragraph(lines.subList(0, 1)),
                    new org.gongkai.importing.pdf.Paragraph(lines.subList(1, lines.size())));
        }
        return List.of(p);
    }

    /** The project named in the heading before the section's title: 区政府督查…业务经费项目经费情况说明. */
    private static Optional<String> nameInHeading(Section s, Template template) {
        if (s.heading().isEmpty()) {
            return Optional.empty();
        }
        String h = TemplateFamilies.normalise(s.heading().get().text());
        for (var spec : template.profile().sections()) {
            if (spec.kind() != org.gongkai.model.profile.SectionKind.PROJECT_NOTES) {
                continue;
            }
            List<String> titles = new ArrayList<>(spec.titles());
            titles.add(spec.title());
            for (String title : titles) {
                String t = TemplateFamilies.normalise(title);
                if (h.endsWith(t) && h.length() > t.length()) {
                    String before = h.substring(0, h.length() - t.length()).replaceFirst("^[一二三四五六七八九十]+、", "");
                    return before.isEmpty() ? Optional.empty() : Optional.of(before);
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<String> nameInText(String first) {
        Matcher n = NAMED_IN_TEXT.matcher(first == null ? "" : first);
        return n.find() ? Optional.of(n.group(1)) : Optional.empty();
    }

    private static boolean names(String heading, List<String> titles) {
        String h = TemplateFamilies.normalise(heading);
        return titles.stream().map(TemplateFamilies::normalise).anyMatch(h::equals);
    }

    private static boolean startsWithAny(String text, List<String> phrases) {
        String t = text.strip();
        return phrases.stream().anyMatch(t::startsWith);
    }
}
