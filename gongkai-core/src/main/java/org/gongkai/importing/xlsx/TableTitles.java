package org.gongkai.importing.xlsx;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongkai.importing.canonical.ProfileLibrary;
import org.gongkai.importing.pdf.TemplateFamilies;
import org.gongkai.model.TableKind;
import org.gongkai.model.profile.TemplateProfile;

/**
 * Which standard table a title names in one workbook, as the template profiles say: the workbook's
 * family is chosen from its text as a PDF's is, and a title is classified by that family's titles
 * and variants (or the generic profile's), through the same {@link TemplateFamilies#tableKind} the
 * PDF readers use. What a province prints as a title is data in its profile, not a rule here.
 *
 * <p>A sheet's title is a cell of its own, not a line that might be running text, so a title no
 * profile of the chosen family knows is tried against the other profiles too: a workbook of one
 * 决算 sheet has too little text to be placed in the 决算 family, yet its title is a 决算 table's.
 */
final class TableTitles {

    /** A title as printed may start with its number: 表1, 附表3-1, 表 5： */
    private static final Pattern NUMBER = Pattern.compile("^附?表\\s*(\\d+(?:[-－]\\d+)?)[\\s:：、.．]*");

    /** A title split into its printed number (null if none) and the title proper. */
    record Numbered(String number, String title) {}

    private final TemplateFamilies families;
    private final TemplateProfile profile;
    private final List<TemplateProfile> others;

    private TableTitles(TemplateFamilies families, TemplateProfile profile, List<TemplateProfile> others) {
        this.families = families;
        this.profile = profile;
        this.others = others;
    }

    /**
     * The titles of a workbook whose text cells are {@code texts}, under the family of {@code library}
     * they fit best.
     */
    static TableTitles of(TemplateFamilies families, ProfileLibrary library, List<String> texts) {
        TemplateProfile chosen = families.choose(texts, null).profile();
        return new TableTitles(families, chosen, library.all().stream().filter(p -> !p.id().equals(chosen.id()))
                .toList());
    }

    static Numbered split(String printed) {
        String s = printed.strip();
        Matcher m = NUMBER.matcher(s);
        if (m.find()) {
            return new Numbered(m.group(1), s.substring(m.end()).strip());
        }
        return new Numbered(null, s);
    }

    /** The standard table the title names, if any. */
    Optional<TableKind> kind(String printed) {
        String title = split(printed).title();
        Optional<TableKind> kind = families.tableKind(title, profile);
        for (int i = 0; kind.isEmpty() && i < others.size(); i++) {
            kind = families.tableKind(title, others.get(i));
        }
        return kind;
    }

    /** The profile the workbook's titles are read with. */
    TemplateProfile profile() {
        return profile;
    }
}
