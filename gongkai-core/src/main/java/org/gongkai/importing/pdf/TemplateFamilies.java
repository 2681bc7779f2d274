package org.gongkai.importing.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.gongkai.importing.canonical.ProfileLibrary;
import org.gongkai.model.Column;
import org.gongkai.model.TableKind;
import org.gongkai.model.profile.TableSpec;
import org.gongkai.model.profile.TemplateProfile;

/**
 * The families of documents Gongkai knows, as their profiles describe them, and the choice of the
 * family a document belongs to from what it prints: its table titles, its recognition phrases, its
 * region and its year. A document that fits no family is read with the generic profile, and the
 * choice says so. Nothing here knows a document; everything comes from the profile files.
 */
public final class TemplateFamilies {

    /** The generic profile's id: the fall-back of every reader. */
    public static final String GENERIC = "generic-budget";

    /** The least score that places a document in a family rather than the generic profile. */
    private static final int FAMILY_THRESHOLD = 4;

    /** How much a printed title may carry before the title proper (部门, 预算单位, 上海市XX局…). */
    private static final int TITLE_PREFIX = 14;

    private static final Pattern LEADING_YEAR = Pattern.compile("^.*?\\d{4}\\s*年(度)?");
    private static final Pattern LABEL_YEAR = Pattern.compile("^\\d{4}年(度)?");
    private static final Pattern TRAILING_NOTE = Pattern.compile("[（(][^（）()]*[）)]$");
    private static final Pattern LEADING_NUMBER = Pattern.compile("^(公开表[一二三四五六七八九十]+|表[一二三四五六七八九十\\d]+|[一二三四五六七八九十]+、|\\d+\\s*[.．、])");

    private static final TemplateFamilies STANDARD = new TemplateFamilies(ProfileLibrary.standard());

    private final ProfileLibrary library;
    private final TemplateProfile generic;

    public TemplateFamilies(ProfileLibrary library) {
        this.library = library;
        this.generic = library.profile(GENERIC)
                .orElseThrow(() -> new IllegalStateException("the generic profile " + GENERIC + " is missing"));
    }

    public static TemplateFamilies standard() {
        return STANDARD;
    }

    public TemplateProfile generic() {
        return generic;
    }

    /**
     * The family a document belongs to.
     *
     * @param score    what spoke for it: each recognition phrase printed, each of its table titles
     *                 printed, its region named, its years covering the document's
     * @param evidence the phrases and titles found, for the report
     */
    public record Choice(TemplateProfile profile, int score, List<String> evidence) {

        public boolean isGeneric() {
            return profile.isGeneric();
        }
    }

    /**
     * Chooses the family from the document's text: every line, as printed. {@code year} is the
     * fiscal year the document names, or null when it names none.
     */
    public Choice choose(List<String> lines, Integer year) {
        String all = normalise(String.join("\n", lines));
        List<String> titles = lines.stream().map(TemplateFamilies::normaliseTitle).toList();
        Choice best = new Choice(generic, 0, List.of());
        for (TemplateProfile p : library.all()) {
            if (p.isGeneric() || p.kind() == null) {
                continue;
            }
            List<String> evidence = new ArrayList<>();
            int score = 0;
            for (String phrase : p.recognise()) {
                if (all.contains(normalise(phrase))) {
                    evidence.add(phrase);
                    score++;
                }
            }
            for (TableSpec t : p.tables()) {
                if (t.allTitles().stream().map(TemplateFamilies::normalise)
                        .anyMatch(v -> titles.stream().anyMatch(l -> l.endsWith(v) && l.length() <= v.length() + TITLE_PREFIX))) {
                    evidence.add(t.title());
                    score++;
                }
            }
            if (p.region() != null && all.contains(p.region())) {
                evidence.add(p.region());
                score += 2;
            } else if (p.region() != null) {
                score -= 3;
            }
            if (year != null && !p.covers(year)) {
                score -= 3;
            }
            if (score >= FAMILY_THRESHOLD && score > best.score()) {
                best = new Choice(p, score, List.copyOf(evidence));
            }
        }
        return best;
    }

    /**
     * The kind of table a printed title names under that profile, or under the generic profile's
     * titles when the profile has none that fits. The longest title that fits wins, so
     * 财政拨款收支预算总表 is not read as 收支预算总表.
     */
    public Optional<TableKind> tableKind(String printedTitle, TemplateProfile profile) {
        if (!printedTitle.strip().endsWith("表") && !printedTitle.strip().endsWith("）") && !printedTitle.strip().endsWith(")")) {
            return Optional.empty();
        }
        String t = normaliseTitle(printedTitle);
        if (!t.endsWith("表")) {
            return Optional.empty();
        }
        Optional<TableKind> own = longest(t, profile);
        return own.isPresent() || profile.isGeneric() ? own : longest(t, generic);
    }

    /** The column a header label names, in that profile or the generic one (a year in front ignored). */
    public Optional<Column> column(String label, TemplateProfile profile) {
        String s = LABEL_YEAR.matcher(label.strip().replace(" ", "")).replaceFirst("")
                .replace('（', '(').replace('）', ')');
        Column c = profile.columns().get(s);
        if (c == null) {
            c = generic.columns().get(s);
        }
        if (c == null && s.startsWith("机关运行经费")) {
            c = Column.OPERATING_COSTS;
        }
        return Optional.ofNullable(c);
    }

    private final java.util.Map<String, List<Fit>> fits = new java.util.concurrent.ConcurrentHashMap<>();

    private Optional<TableKind> longest(String title, TemplateProfile profile) {
        return fits.computeIfAbsent(profile.id(), id -> profile.tables().stream()
                        .flatMap(spec -> spec.allTitles().stream().map(v -> new Fit(spec.kind(), normalise(v))))
                        .toList())
                .stream()
                .filter(f -> title.endsWith(f.title()) && title.length() <= f.title().length() + TITLE_PREFIX)
                .max(Comparator.comparingInt(f -> f.title().length()))
                .map(Fit::kind);
    }

    private record Fit(TableKind kind, String title) {}

    /** Spaces, quotes and bracket shapes taken out, so that printed variants compare equal. */
    public static String normalise(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case ' ', '\t', '\n', '\u000B', '\f', '\r', '\u3000', '"', '“', '”', '\'', '‘', '’' -> { }
                case '（' -> out.append('(');
                case '）' -> out.append(')');
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * A printed line as a table title: normalised, without the number in front (公开表五, 表5, 五、,
     * 5.), the year and whatever precedes it (2025年部门…), and a bracketed note behind (（功能科目）).
     */
    public static String normaliseTitle(String line) {
        String t = normalise(line);
        t = LEADING_NUMBER.matcher(t).replaceFirst("");
        if (t.indexOf('年') >= 0) { // asked of every line: a line without 年 cannot hold the year
            t = LEADING_YEAR.matcher(t).replaceFirst("");
        }
        String bare = mayEndWithNote(t) ? TRAILING_NOTE.matcher(t).replaceFirst("") : t;
        return bare.endsWith("表") ? bare : t;
    }

    /**
     * Whether a normalised line (its brackets made ASCII) can end with a bracketed note: it ends with
     * ), or with a line separator normalising leaves in, before which the pattern's $ matches too.
     */
    private static boolean mayEndWithNote(String t) {
        return t.endsWith(")") || !t.isEmpty() && "\u0085\u2028\u2029".indexOf(t.charAt(t.length() - 1)) >= 0;
    }
}
