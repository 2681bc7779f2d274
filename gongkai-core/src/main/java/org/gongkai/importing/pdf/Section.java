package org.gongkai.importing.pdf;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.gongkai.model.profile.SectionKind;
import org.gongkai.model.profile.SectionSpec;
import org.gongkai.model.profile.TemplateProfile;

/**
 * A statement section: its heading line (…主要职能, …机构设置, 名词解释, …编制说明, 其他相关情况说明,
 * 项目经费情况说明) and its paragraphs. A paragraph starts at an indented line, or at a numbered
 * item (（一）, 一、, 1.) however it is indented.
 */
record Section(Kind kind, SectionKind topic, PdfLine headingLine, List<Paragraph> paragraphs) {

    enum Kind {
        NONE, DUTIES, ORGANISATION, GLOSSARY, EXPLANATION, OTHER_MATTERS, PROJECTS,
        /** One part of 其他相关情况说明 printed as a section of its own (三公, 机关运行经费, 采购, 绩效, 资产). */
        PART,
        /**
         * The explanation of one table printed as a section of its own (收入预算情况说明, 财政拨款基本支出预算情况说明
         * …): its {@link #topic()} says which.
         */
        TABLE_NOTE
    }

    /** What a heading opens: the reader's kind of section and the profile's section it is (null for none). */
    private record Heading(Kind kind, SectionKind topic) {
        static final Heading NONE = new Heading(Kind.NONE, null);
    }

    private static final Pattern ITEM_START = Pattern.compile("^(（[一二三四五六七八九十]+）|[一二三四五六七八九十]+、|\\d+\\s*[.．、](?![0-9])).*");

    Section {
        paragraphs = List.copyOf(paragraphs);
    }

    Optional<PdfLine> heading() {
        return Optional.ofNullable(headingLine);
    }

    private static final Pattern LEADING_YEAR = Pattern.compile("^\\d{4}年度?");
    private static final Pattern HEADING_NUMBER = Pattern.compile(
            "^(第[一二三四五六七八九十]+部分|[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\\d+[.．、])");

    /**
     * The kind of section a heading opens, by the titles the profile (or the generic profile)
     * gives its sections, after the heading's number. A title several kinds share (其他相关情况说明 holds
     * 三公, 机关运行经费, 采购, 绩效 and 资产) opens a section of several parts.
     */
    static Kind headingKind(String text, Template template) {
        return heading(text, template).kind();
    }

    private static Heading heading(String text, Template template) {
        String t = TemplateFamilies.normalise(text);
        if (t.length() > 40 || t.endsWith("。") || t.endsWith("；") || t.contains("：") || t.contains("，")) {
            return Heading.NONE;
        }
        String bare = LEADING_YEAR.matcher(HEADING_NUMBER.matcher(t).replaceFirst("")).replaceFirst("");
        if (bare.isEmpty()) {
            return Heading.NONE;
        }
        return kindIn(bare, template.profile());
    }

    /** How far into a heading its title may start when the heading goes on after it (…支出预算情况说明). */
    private static final int TITLE_OFFSET = 12;

    private static final Map<String, Map<String, List<SectionKind>>> TITLES = new java.util.concurrent.ConcurrentHashMap<>();

    private static Heading kindIn(String heading, TemplateProfile profile) {
        return kindOf(heading, TITLES.computeIfAbsent(profile.id(), id -> titles(profile)));
    }

    private static Map<String, List<SectionKind>> titles(TemplateProfile profile) {
        Map<String, List<SectionKind>> byTitle = new HashMap<>();
        for (SectionSpec spec : profile.sections()) {
            byTitle.computeIfAbsent(TemplateFamilies.normalise(spec.title()), k -> new ArrayList<>()).add(spec.kind());
            for (String variant : spec.titles()) {
                byTitle.computeIfAbsent(TemplateFamilies.normalise(variant), k -> new ArrayList<>()).add(spec.kind());
            }
        }
        return byTitle;
    }

    private static Heading kindOf(String heading, Map<String, List<SectionKind>> byTitle) {
        String best = null;
        for (String title : byTitle.keySet()) {
            boolean fits = heading.endsWith(title) || (heading.indexOf(title) >= 0 && heading.indexOf(title) <= TITLE_OFFSET);
            if (fits && heading.length() <= title.length() + 30
                    && (best == null || title.length() > best.length())) {
                best = title;
            }
        }
        if (best == null) {
            return Heading.NONE;
        }
        List<SectionKind> kinds = byTitle.get(best);
        if (kinds.size() > 1 || kinds.get(0) == SectionKind.OTHER_MATTERS) {
            return new Heading(Kind.OTHER_MATTERS, SectionKind.OTHER_MATTERS);
        }
        SectionKind topic = kinds.get(0);
        Kind kind = switch (topic) {
            case DUTIES -> Kind.DUTIES;
            case ORGANISATION -> Kind.ORGANISATION;
            case GLOSSARY -> Kind.GLOSSARY;
            case OVERVIEW -> Kind.EXPLANATION;
            case PROJECT_NOTES -> Kind.PROJECTS;
            case TABLES -> Kind.NONE;
            case INCOME, EXPENDITURE, FISCAL_GRANT, GENERAL_BUDGET_EXPENDITURE, BASIC_EXPENDITURE, GOVERNMENT_FUND,
                    STATE_CAPITAL -> Kind.TABLE_NOTE;
            default -> Kind.PART;
        };
        return kind == Kind.NONE ? Heading.NONE : new Heading(kind, topic);
    }

    /** Splits the lines at the section headings, each section into paragraphs. */
    static List<Section> split(List<PdfLine> lines, Template template) {
        List<Section> sections = new ArrayList<>();
        Heading kind = Heading.NONE;
        PdfLine heading = null;
        List<PdfLine> body = new ArrayList<>();
        for (PdfLine l : lines) {
            Heading k = heading(l.text(), template);
            if (k.kind() != Kind.NONE) {
                if (heading != null || !body.isEmpty()) {
                    sections.add(new Section(kind.kind(), kind.topic(), heading, paragraphs(body)));
                }
                kind = k;
                heading = l;
                body = new ArrayList<>();
            } else {
                body.add(l);
            }
        }
        if (heading != null || !body.isEmpty()) {
            sections.add(new Section(kind.kind(), kind.topic(), heading, paragraphs(body)));
        }
        return sections;
    }

    private static List<Paragraph> paragraphs(List<PdfLine> lines) {
        Map<Integer, Float> margins = new HashMap<>();
        for (PdfLine l : lines) {
            margins.merge(l.page(), l.words().get(0).x0(), Math::min);
        }
        List<Paragraph> result = new ArrayList<>();
        List<PdfLine> current = new ArrayList<>();
        for (PdfLine l : lines) {
            boolean starts = l.words().get(0).x0() > margins.get(l.page()) + 6
                    || ITEM_START.matcher(l.text().strip()).matches();
            if (starts && !current.isEmpty()) {
                result.add(new Paragraph(current));
                current = new ArrayList<>();
            }
            current.add(l);
        }
        if (!current.isEmpty()) {
            result.add(new Paragraph(current));
        }
        return result;
    }
}
