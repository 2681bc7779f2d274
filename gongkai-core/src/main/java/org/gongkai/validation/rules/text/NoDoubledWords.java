package org.gongkai.validation.rules.text;

import java.util.ArrayList;
import java.util.List;
import org.gongkai.model.Disclosure;
import org.gongkai.validation.AbstractRule;
import org.gongkai.validation.Category;
import org.gongkai.validation.CheckContext;
import org.gongkai.validation.Finding;
import org.gongkai.validation.RuleInfo;
import org.gongkai.validation.Severity;

/**
 * No word of two to four characters stands twice in a row (预算预算, 财政拨款财政拨款). A word followed by
 * a fixed term that begins with it is no doubling (“9名在职人员人员经费”: 在职人员 + 人员经费).
 */
public final class NoDoubledWords extends AbstractRule {

    /** Fixed terms that may follow a word they begin with. */
    private static final List<String> TERMS = List.of("人员经费", "人员支出", "公用经费", "项目支出", "项目经费", "单位预算", "部门预算");

    /** The length (2 to 4) of a Chinese word standing twice from position i, or 0. */
    static int doubledAt(char[] text, int i) {
        return doubledAt(text, text.length, i);
    }

    /** As {@link #doubledAt(char[], int)}, for a text held in the first {@code n} characters of the array. */
    static int doubledAt(char[] text, int n, int i) {
        char c = text[i];
        if (!((i + 2 < n && text[i + 2] == c) || (i + 3 < n && text[i + 3] == c) || (i + 4 < n && text[i + 4] == c))) {
            return 0;
        }
        for (int length = 2; length <= 4 && i + 2 * length <= n; length++) {
            if (text[i + length] != c) {
                continue;
            }
            boolean same = true;
            for (int k = 0; k < length && same; k++) {
                char here = text[i + k];
                same = Texts.isHan(here) && here == text[i + length + k];
            }
            if (same) {
                return length;
            }
        }
        return 0;
    }

    /**
     * Whether a word of ideographs stands twice in a row in the first {@code n} characters of {@code t}. A word
     * of two to four characters repeated from {@code s} repeats both its first and its second character that
     * many places on, and one of them stands at an even place: only the even places are looked at, and the
     * words are compared only where a character there comes again two to four places on.
     */
    static boolean hasDoubledWord(char[] t, int n) {
        for (int k = 0; k < n - 2; k += 2) {
            char c = t[k];
            if ((t[k + 2] == c || (k + 3 < n && t[k + 3] == c) || (k + 4 < n && t[k + 4] == c)) && Texts.isHan(c)
                    && ((k > 0 && Texts.isHan(t[k - 1]) && doubledAt(t, n, k - 1) > 0) || (k + 3 < n && doubledAt(t, n, k) > 0))) {
                return true;
            }
        }
        return false;
    }

    public NoDoubledWords() {
        super(new RuleInfo("no-doubled-words", Category.TEXT, Severity.WARNING,
                "公文校对规范：不得出现重复字词",
                "文中没有连续重复的词语",
                "No word stands twice in a row",
                "“2020年预算预算收入”"));
    }

    @Override
    public List<Finding> check(Disclosure d, CheckContext context) {
        List<Finding> findings = new ArrayList<>();
        char[] buffer = new char[256];
        for (Texts.Prose at : Texts.prose(d, context)) {
            String text = at.text();
            if (text.length() > buffer.length) {
                buffer = new char[Math.max(text.length(), 2 * buffer.length)];
            }
            text.getChars(0, text.length(), buffer, 0);
            if (!hasDoubledWord(buffer, text.length())) {
                continue;
            }
            char[] chars = text.toCharArray();
            int i = 0;
            while (i < text.length()) {
                int length = Texts.isHan(chars[i]) ? doubledAt(chars, i) : 0;
                if (length == 0) {
                    i++;
                    continue;
                }
                String doubled = text.substring(i, i + 2 * length);
                int second = i + length;
                if (TERMS.stream().anyMatch(term -> term.startsWith(doubled.substring(0, length)) && text.startsWith(term, second))) {
                    i += length;
                    continue;
                }
                findings.add(finding(at.pointer(), doubled,
                        "词语重复：“" + doubled + "”（" + Texts.excerpt(text, i, i + 2 * length) + "）",
                        "a doubled word: '" + doubled + "'"));
                i += 2 * length;
            }
        }
        return findings;
    }
}
