package org.gongkai.validation.rules.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gongkai.model.Disclosure;
import org.gongkai.validation.AbstractRule;
import org.gongkai.validation.Category;
import org.gongkai.validation.CheckContext;
import org.gongkai.validation.Finding;
import org.gongkai.validation.RuleInfo;
import org.gongkai.validation.Severity;

/**
 * A long sentence (20 characters or more) is said once: the same sentence in two places is usually
 * a paragraph pasted twice.
 */
public final class NoDuplicatedSentences extends AbstractRule {

    private static final int MIN_LENGTH = 20;
    /** How many characters at each end of a sentence its hash is made of. */
    private static final int SAMPLE = 8;


    public NoDuplicatedSentences() {
        super(new RuleInfo("no-duplicated-sentences", Category.TEXT, Severity.INFO,
                "公开内容应简明准确，避免重复段落",
                "较长的句子不在两处重复出现",
                "A long sentence is not said twice",
                "总体绩效目标和保障措施中重复出现“鼓励企业、高校和研究院所参与科技合作与竞争……”"));
    }

    /**
     * Headings and table cells repeat by design (a duty heads its goals, indicator descriptions are
     * shared between projects, an empty table's note repeats the statement); prose does not.
     */
    private static boolean repeatsByDesign(String field) {
        return switch (field) {
            case "duties", "duty", "name", "term", "note", "title", "level1", "level2", "description", "basis" -> true;
            default -> false;
        };
    }

    /** What ends a sentence. */
    private static final char[] ENDS = {'。', '；', ';', '！', '？', '\n'};

    /** A sentence as a window on its text, hashed and compared without copying it out. */
    private static final class Span implements CharSequence {
        private final CharSequence text;
        private final int from;
        private final int to;
        private final int hash;

        Span(CharSequence text, int from, int to) {
            this.text = text;
            this.from = from;
            this.to = to;
            this.hash = hash(text, from, to);
        }

        /**
         * The length and the first and last characters of a sentence, hashed: sentences that differ seldom
         * share all of them, and {@link #equals} compares the whole, so a sentence is not read through twice.
         */
        static int hash(CharSequence text, int from, int to) {
            int h = to - from;
            for (int i = from; i < Math.min(to, from + SAMPLE); i++) {
                h = 31 * h + text.charAt(i);
            }
            for (int i = Math.max(from + SAMPLE, to - SAMPLE); i < to; i++) {
                h = 31 * h + text.charAt(i);
            }
            return h;
        }

        @Override
        public int length() {
            return to - from;
        }

        @Override
        public char charAt(int index) {
            return text.charAt(from + index);
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return new Span(text, from + start, from + end);
        }

        @Override
        public int hashCode() {
            return hash;
        }

        @Override
        public boolean equals(Object o) {
            if (!(o instanceof Span s) || s.hash != hash || s.length() != length()) {
                return false;
            }
            for (int i = 0; i < length(); i++) {
                if (charAt(i) != s.charAt(i)) {
                    return false;
                }
            }
            return true;
        }

        @Override
        public String toString() {
            return text.subSequence(from, to).toString();
        }
    }

    /**
     * The sentence from {@code from} to {@code to} of a text, without a list number before it and, where the
     * text holds white space ({@code spaced}), without its white space.
     */
    private static Span clean(String text, int from, int to, boolean spaced) {
        int i = from;
        while (i < to && "0123456789一二三四五六七八九十".indexOf(text.charAt(i)) >= 0) {
            i++;
        }
        if (i > from && i < to && "、.．".indexOf(text.charAt(i)) >= 0) {
            from = i + 1;
        }
        boolean space = false;
        for (int k = from; spaced && k < to && !space; k++) {
            char c = text.charAt(k);
            space = c <= ' ' || c == '\u3000';
        }
        if (!space) {
            return new Span(text, from, to);
        }
        StringBuilder b = new StringBuilder(to - from);
        for (int k = from; k < to; k++) {
            if (!Character.isWhitespace(text.charAt(k))) {
                b.append(text.charAt(k));
            }
        }
        return new Span(b, 0, b.length());
    }

    @Override
    public List<Finding> check(Disclosure d, CheckContext context) {
        Map<CharSequence, Texts.Prose> firstSeen = new HashMap<>(256);
        List<Finding> findings = new ArrayList<>();
        int[] next = new int[ENDS.length];
        for (Texts.Prose at : Texts.prose(d, context)) {
            String text = at.text();
            if (text.length() < MIN_LENGTH || repeatsByDesign(at.field())) {
                continue;
            }
            // a text without white space (the scan's mark) has none to take out of its sentences
            boolean spaced = at.has(Texts.HAS_SPACE_OR_COMMA);
            // where each kind of end next stands, each looked up again only once passed
            for (int k = 0; k < ENDS.length; k++) {
                next[k] = text.indexOf(ENDS[k]);
            }
            int start = 0;
            while (start < text.length()) {
                int end = text.length();
                for (int k = 0; k < ENDS.length; k++) {
                    if (next[k] >= 0 && next[k] < start) {
                        next[k] = text.indexOf(ENDS[k], start);
                    }
                    if (next[k] >= 0 && next[k] < end) {
                        end = next[k];
                    }
                }
                if (end - start >= MIN_LENGTH) {
                    Span sentence = clean(text, start, end, spaced);
                    if (sentence.length() >= MIN_LENGTH) {
                        Texts.Prose before = firstSeen.putIfAbsent(sentence, at);
                        if (before != null && before != at) {
                            String s = sentence.toString();
                            findings.add(finding(at.pointer(), s,
                                    "句子“" + s + "”已在 " + before.pointer() + " 出现",
                                    "the sentence '" + s + "' also stands at " + before.pointer()));
                        }
                    }
                }
                start = end + 1;
            }
        }
        return findings;
    }
}
