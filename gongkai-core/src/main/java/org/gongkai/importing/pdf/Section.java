package org.gongkai.importing.pdf;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A statement section: its heading line (…主要职能, …机构设置, 名词解释, …编制说明, 其他相关情况说明,
 * 项目经费情况说明) and its paragraphs. A paragraph starts at an indented line, or at a numbered
 * item (（一）, 一、, 1.) however it is indented.
 */
record Section(Kind kind, PdfLine headingLine, List<Paragraph> paragraphs) {

    enum Kind { NONE, DUTIES, ORGANISATION, GLOSSARY, EXPLANATION, OTHER_MATTERS, PROJECTS }

    private static final Pattern ITEM_START = Pattern.compile("^(（[一二三四五六七八九十]+）|[一二三四五六七八九十]+、|\\d+\\s*[.．、](?![0-9])).*");

    Section {
        paragraphs = List.copyOf(paragraphs);
    }

    Optional<PdfLine> heading() {
        return Optional.ofNullable(headingLine);
    }

    static Kind headingKind(String text) {
        String t = text.replace(" ", "");
        if (t.length() > 40 || t.endsWith("。")) {
            return Kind.NONE;
        }
        if (t.endsWith("主要职能")) {
            return Kind.DUTIES;
        }
        if (t.endsWith("机构设置")) {
            return Kind.ORGANISATION;
        }
        if (t.equals("名词解释")) {
            return Kind.GLOSSARY;
        }
        if (t.endsWith("预算编制说明")) {
            return Kind.EXPLANATION;
        }
        if (t.equals("其他相关情况说明")) {
            return Kind.OTHER_MATTERS;
        }
        if (t.equals("项目经费情况说明")) {
            return Kind.PROJECTS;
        }
        return Kind.NONE;
    }

    /** Splits the lines at the section headings, each section into paragraphs. */
    static List<Section> split(List<PdfLine> lines) {
        List<Section> sections = new ArrayList<>();
        Kind kind = Kind.NONE;
        PdfLine heading = null;
        List<PdfLine> body = new ArrayList<>();
        for (PdfLine l : lines) {
            Kind k = headingKind(l.text());
            if (k != Kind.NONE) {
                if (heading != null || !body.isEmpty()) {
                    sections.add(new Section(kind, heading, paragraphs(body)));
                }
                kind = k;
                heading = l;
                body = new ArrayList<>();
            } else {
                body.add(l);
            }
        }
        if (heading != null || !body.isEmpty()) {
            sections.add(new Section(kind, heading, paragraphs(body)));
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
