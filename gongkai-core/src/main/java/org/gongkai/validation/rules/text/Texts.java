package org.gongkai.validation.rules.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.gongkai.model.Disclosure;
import org.gongkai.validation.CheckContext;
import org.gongkai.validation.ModelWalk;

/**
 * The prose of a document (not codes, ids or categories), with where each text stands and what a
 * single scan of its characters found, so that each text rule runs its pattern only where it can
 * match.
 */
final class Texts {

    /** A text, where it stands, and the {@code HAS_…} marks of its characters. */
    record Prose(ModelWalk.At<String> at, int marks) {
        boolean has(int mark) {
            return (marks & mark) != 0;
        }

        String text() {
            return at.value();
        }

        String field() {
            return at.field();
        }

        /** The JSON pointer, spelled out when a finding needs it. */
        String pointer() {
            return at.pointer();
        }
    }

    static final int HAS_LEVEL = 1;
    static final int HAS_PLACEHOLDER_CHAR = 2;
    static final int HAS_HALF_WIDTH_PUNCTUATION = 4;
    /** where a known misspelling (misspellings.tsv) can start: 上末, 帐, 机关, 公务, 社区, 比上 or 比 and a digit */
    static final int HAS_MISSPELLING_LEAD = 16;
    static final int HAS_LONG_RUN = 32;
    /** 。。 ，， ，。 ；。 、、 … */
    static final int HAS_DOUBLED_PUNCTUATION = 128;
    /** 增加（减少）, 增加/减少, （…填写…）, 请填/请按/请根据 */
    static final int HAS_TEMPLATE_WORDING = 256;
    /** a reason or a use announced and not given: 是。 为； ：。 于。 下。 */
    static final int HAS_EMPTY_ANNOUNCEMENT = 512;
    /** 万元 right after 支出, 收入, 预算, 合计, 总计 or 为: an amount without its figure */
    static final int HAS_MISSING_FIGURE = 1024;
    /** a percentage */
    static final int HAS_PERCENT = 2048;
    /** a minus sign after a direction word (增加-5) */
    static final int HAS_SIGNED_CHANGE = 4096;
    /** a character of a direction word: 增 减 降 持 升 */
    static final int HAS_CHANGE_WORD = 8192;
    /** an enumeration comma 、 */
    static final int HAS_LIST_COMMA = 16384;
    /** white space, a full-width space or a comma: what {@link Wording#flat} may take out */
    static final int HAS_SPACE_OR_COMMA = 32768;
    /** a level in brackets after a name: 类） 款） 项） 类) 款) 项) */
    static final int HAS_LEVEL_LABEL = 1 << 16;
    /** 其中, which opens the parts of a whole */
    static final int HAS_OF_WHICH = 1 << 17;
    /** 共 or 占, with which a holding or a share is stated */
    static final int HAS_HOLDING_WORD = 1 << 18;
    /** 万, as in 万元 */
    static final int HAS_WAN = 1 << 19;
    /** 年 */
    static final int HAS_YEAR = 1 << 20;
    /** 单 or 部, or 下属: where a unit or a department names itself */
    static final int HAS_KIND_WORD = 1 << 21;
    /** 包括, which opens an enumeration */
    static final int HAS_INCLUDING = 1 << 22;

    /** Whether a field's strings are identifiers, not prose (a switch on the name: no set probed for each text). */
    private static boolean notProse(String field) {
        return switch (field) {
            case "profile", "code", "economicCode", "category", "catalogueCode", "number", "quantityUnit", "asOf" -> true;
            default -> false;
        };
    }

    /**
     * The characters {@link #marks} looks at, one bit each (8 KB, small enough to stay in the processor's
     * cache while a text is scanned); every other character is passed over at once.
     */
    private static final long[] INTERESTING = new long[(Character.MAX_VALUE + 1) >>> 6];

    /**
     * What {@link #marks} does with an interesting character, by the character: a small number, so that
     * choosing the work is one jump rather than a search among fifty characters.
     */
    private static final byte[] KIND = new byte[Character.MAX_VALUE + 1];
    private static final byte LEVEL_WORD = 1;
    private static final byte PLACEHOLDER_LETTER = 2;
    private static final byte PROMPT = 3;
    private static final byte ASCII_COMMA = 4;
    private static final byte ASCII_PUNCTUATION = 5;
    private static final byte ZHANG = 6;
    private static final byte SHANG = 7;
    private static final byte JI = 8;
    private static final byte GONG = 9;
    private static final byte SHE = 10;
    private static final byte BI = 11;
    private static final byte FULL_STOP = 12;
    private static final byte PAUSE = 13;
    private static final byte OPENING_BRACKET = 14;
    private static final byte TIAN = 15;
    private static final byte SLASH = 16;
    private static final byte WAN = 17;
    private static final byte PERCENT = 18;
    private static final byte CLOSING_BRACKET = 19;
    private static final byte QI = 20;
    private static final byte HOLDING = 21;
    private static final byte NIAN = 22;
    private static final byte CHANGE = 23;
    private static final byte MINUS = 24;
    private static final byte SPACE = 25;
    private static final byte KIND_WORD = 26;
    private static final byte BAO = 27;

    static {
        kind("级直", LEVEL_WORD);
        kind("XＸ×x某", PLACEHOLDER_LETTER);
        kind("TN{待请略…", PROMPT);
        kind(",", ASCII_COMMA);
        kind(";:", ASCII_PUNCTUATION);
        kind("帐", ZHANG);
        kind("上", SHANG);
        kind("机", JI);
        kind("公", GONG);
        kind("社", SHE);
        kind("比", BI);
        kind("。.", FULL_STOP);
        kind("，、；：", PAUSE);
        kind("（(", OPENING_BRACKET);
        kind("填", TIAN);
        kind("/／", SLASH);
        kind("万", WAN);
        kind("%", PERCENT);
        kind("）)", CLOSING_BRACKET);
        kind("其", QI);
        kind("共占", HOLDING);
        kind("年", NIAN);
        kind("增减降持升", CHANGE);
        kind("-－", MINUS);
        kind("单部下", KIND_WORD);
        kind("包", BAO);
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            if (Character.isWhitespace(c) || c == '\u3000') {
                kind(String.valueOf((char) c), SPACE);
            }
        }
    }

    private static void kind(String chars, byte kind) {
        for (char c : chars.toCharArray()) {
            INTERESTING[c >>> 6] |= 1L << c;
            KIND[c] = kind;
        }
    }

    private static boolean interesting(char c) {
        return (INTERESTING[c >>> 6] & (1L << c)) != 0;
    }

    private static final Pattern CITATION = Pattern.compile("《[^》]*》");
    private static final Object KEY = new Object();

    private Texts() {}

    static List<Prose> prose(Disclosure d, CheckContext context) {
        return context.memo(d, KEY, () -> scan(context.walked(d).texts()));
    }

    private static List<Prose> scan(List<ModelWalk.At<String>> texts) {
        List<Prose> all = new ArrayList<>(texts.size());
        char[] buffer = new char[256];
        for (ModelWalk.At<String> at : texts) {
            String text = at.value();
            if (!notProse(at.field()) && !text.isBlank()) {
                if (text.length() > buffer.length) {
                    buffer = new char[Math.max(text.length(), 2 * buffer.length)];
                }
                // the texts are copied into one array in turn rather than each into its own
                text.getChars(0, text.length(), buffer, 0);
                all.add(new Prose(at, marks(buffer, text.length())));
            }
        }
        return all;
    }

    static int marks(String text) {
        return marks(text.toCharArray(), text.length());
    }

    /** The marks of a text held in the first {@code n} characters of {@code t}. */
    private static int marks(char[] t, int n) {
        int marks = 0;
        for (int i = 0; i < n; i++) {
            char c = t[i];
            if (!interesting(c)) {
                continue;
            }
            char next = i + 1 < n ? t[i + 1] : 0;
            char previous = i > 0 ? t[i - 1] : 0;
            switch (KIND[c]) {
                case LEVEL_WORD -> {
                    if ("省市县区本".indexOf(previous) >= 0) {
                        marks |= HAS_LEVEL;
                    }
                }
                case PLACEHOLDER_LETTER -> {
                    if (next == c) {
                        marks |= HAS_PLACEHOLDER_CHAR;
                    }
                }
                case PROMPT -> {
                    if (c == '请' && (next == '填' || next == '按' || next == '根')) {
                        marks |= HAS_TEMPLATE_WORDING;
                    }
                    if ((c == 'T' && next == 'B') || (c == 'N' && next == '/') || c == '{'
                            || ((c == '待' || c == '请') && (next == '填' || next == '补'))
                            || (c == '略' && (previous == '（' || previous == '('))
                            || (c == '…' && next == '…' && i + 2 < n && t[i + 2] == '…')) {
                        marks |= HAS_PLACEHOLDER_CHAR;
                    }
                }
                case ASCII_COMMA -> marks |= HAS_HALF_WIDTH_PUNCTUATION | HAS_SPACE_OR_COMMA;
                case ASCII_PUNCTUATION -> marks |= HAS_HALF_WIDTH_PUNCTUATION;
                case ZHANG -> marks |= HAS_MISSPELLING_LEAD;
                case SHANG -> {
                    if (next == '末') {
                        marks |= HAS_MISSPELLING_LEAD;
                    }
                }
                case JI -> {
                    if (next == '关') {
                        marks |= HAS_MISSPELLING_LEAD;
                    }
                }
                case GONG -> {
                    if (next == '务') {
                        marks |= HAS_MISSPELLING_LEAD;
                    }
                }
                case SHE -> {
                    if (next == '区') {
                        marks |= HAS_MISSPELLING_LEAD;
                    }
                }
                case BI -> {
                    if (next == '上' || isDigit(next)) {
                        marks |= HAS_MISSPELLING_LEAD;
                    }
                }
                case FULL_STOP -> {
                    if (i + 2 < n && t[i + 1] == c && t[i + 2] == c) {
                        marks |= HAS_LONG_RUN;
                    }
                    if (c == '。') {
                        marks |= punctuation(before(t, i), after(t, n, i));
                    }
                }
                case PAUSE -> {
                    marks |= punctuation(before(t, i), after(t, n, i));
                    if (c == '、') {
                        marks |= HAS_LIST_COMMA;
                    }
                }
                case OPENING_BRACKET -> {
                    if (next == '减' || next == '下' || next == '降') {
                        marks |= HAS_TEMPLATE_WORDING;
                    }
                }
                case TIAN -> {
                    if (next == '写' || next == '列') {
                        marks |= HAS_TEMPLATE_WORDING;
                    }
                }
                case SLASH -> {
                    if (previous == '加' || previous == '少') {
                        marks |= HAS_TEMPLATE_WORDING;
                    }
                }
                case WAN -> {
                    marks |= HAS_WAN;
                    if (after(t, n, i) == '元' && "出入算计为".indexOf(before(t, i)) >= 0) {
                        marks |= HAS_MISSING_FIGURE;
                    }
                }
                case PERCENT -> marks |= HAS_PERCENT;
                case CLOSING_BRACKET -> {
                    if (previous == '类' || previous == '款' || previous == '项') {
                        marks |= HAS_LEVEL_LABEL;
                    }
                }
                case QI -> {
                    if (next == '中') {
                        marks |= HAS_OF_WHICH;
                    }
                }
                case HOLDING -> marks |= HAS_HOLDING_WORD;
                case NIAN -> marks |= HAS_YEAR;
                case CHANGE -> marks |= HAS_CHANGE_WORD;
                case MINUS -> {
                    if ("加少长降".indexOf(previous) >= 0) {
                        marks |= HAS_SIGNED_CHANGE;
                    }
                }
                case SPACE -> marks |= HAS_SPACE_OR_COMMA;
                case BAO -> {
                    if (next == '括') {
                        marks |= HAS_INCLUDING;
                    }
                }
                case KIND_WORD -> {
                    if (c != '下' || next == '属') {
                        marks |= HAS_KIND_WORD;
                    }
                }
                default -> throw new IllegalStateException("a character marked interesting without its kind: " + c);
            }
        }
        return marks;
    }

    /** The next character that is not white space (a sentence runs on across lines), or 0. */
    private static char after(char[] t, int n, int i) {
        if (i + 1 < n && !isWhitespace(t[i + 1])) {
            return t[i + 1];
        }
        for (int k = i + 1; k < n; k++) {
            if (!isWhitespace(t[k])) {
                return t[k];
            }
        }
        return 0;
    }

    /** The character before that is not white space, or 0. */
    private static char before(char[] t, int i) {
        if (i > 0 && !isWhitespace(t[i - 1])) {
            return t[i - 1];
        }
        for (int k = i - 1; k >= 0; k--) {
            if (!isWhitespace(t[k])) {
                return t[k];
            }
        }
        return 0;
    }

    /** The marks a punctuation mark sets: doubled with the next one, or ending an announcement left empty. */
    private static int punctuation(char previous, char next) {
        int marks = 0;
        if (next == '。' || next == '，' || next == '、' || next == '；') {
            marks |= HAS_DOUBLED_PUNCTUATION;
        }
        if (previous == '是' || previous == '为' || previous == '：' || previous == ':' || previous == '于' || previous == '下') {
            marks |= HAS_EMPTY_ANNOUNCEMENT;
        }
        return marks;
    }

    /** Tab-separated rows of a resource beside the rules, comments and blank lines left out. */
    static List<String[]> table(String resource) {
        List<String[]> rows = new ArrayList<>();
        try (var in = Texts.class.getResourceAsStream("/org/gongkai/validation/" + resource)) {
            if (in == null) {
                throw new IllegalStateException("missing rule data " + resource);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    rows.add(line.split("\t"));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    /** The text with book titles 《…》 blanked out: a cited regulation is not the document's own wording. */
    static String withoutCitations(String text) {
        return text.indexOf('《') < 0 ? text : CITATION.matcher(text).replaceAll("《》");
    }

    /**
     * {@link Character#isWhitespace} or the full-width space, answered without the Unicode tables: the
     * white space of those (Unicode's space, line and paragraph separators but the non-breaking ones,
     * and the ASCII controls tab to carriage return and file to unit separator) spelled out.
     */
    static boolean isWhitespace(char c) {
        if (c <= ' ') {
            return c == ' ' || (c >= '\t' && c <= '\r') || (c >= '\u001c' && c <= '\u001f');
        }
        if (c < '\u1680' || c > '\u3000') {
            return false;
        }
        return c == '\u1680' || (c >= '\u2000' && c <= '\u200a' && c != '\u2007') || c == '\u2028' || c == '\u2029'
                || c == '\u205f' || c == '\u3000';
    }

    /** {@link Character#isDigit}, answered for ASCII and full-width digits without the Unicode tables. */
    static boolean isDigit(char c) {
        return c < '\u0080' ? c >= '0' && c <= '9' : Character.isDigit(c);
    }

    /** Whether a character is a CJK ideograph (the common block, enough for budget documents). */
    static boolean isHan(char c) {
        return c >= '\u4e00' && c <= '\u9fff';
    }

    static String excerpt(String text, int start, int end) {
        int from = Math.max(0, start - 8);
        int to = Math.min(text.length(), end + 8);
        return (from > 0 ? "…" : "") + text.substring(from, to) + (to < text.length() ? "…" : "");
    }
}
