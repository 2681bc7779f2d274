package org.gongkai.importing.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongkai.importing.ImportResult.Unplaced;
import org.gongkai.model.GlossaryEntry;
import org.gongkai.model.Organisation;

/**
 * The statement sections around the tables. It places the duties (主要职能: the sentence before
 * them and one item per （一）/一、), the organisation (机构设置, as its description), the glossary
 * (名词解释: （一）term：definition); every other line (编制说明, 其他相关情况说明, 项目经费情况说明 …)
 * is reported as unplaced.
 */
record StatementReader(
        String dutiesIntroduction,
        List<String> duties,
        Organisation organisation,
        List<GlossaryEntry> glossary) {

    private static final Pattern ITEM = Pattern.compile("^(（[一二三四五六七八九十]+）|[一二三四五六七八九十]+、)(.*)$");
    private static final Pattern TERM = Pattern.compile("^([^：]{1,20})：(.+)$");

    static StatementReader read(List<PdfLine> lines, Map<String, String> places, List<Unplaced> unplaced) {
        List<Section> sections = Section.split(lines);
        String introduction = null;
        List<String> duties = new ArrayList<>();
        Organisation organisation = null;
        List<GlossaryEntry> glossary = new ArrayList<>();
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
                default -> {
                    s.heading().ifPresent(h -> unplaced.add(new Unplaced(h.place(), h.text(), "section not imported")));
                    for (Paragraph p : s.paragraphs()) {
                        p.report(unplaced, s.kind() == Section.Kind.NONE ? "text outside any known section" : "section not imported");
                    }
                }
            }
        }
        return new StatementReader(introduction, duties, organisation, glossary);
    }
}
