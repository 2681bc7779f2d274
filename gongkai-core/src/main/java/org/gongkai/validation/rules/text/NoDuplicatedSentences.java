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
    private static final java.util.Set<String> NOT_PROSE = java.util.Set.of(
            "duties", "duty", "name", "term", "note", "title", "level1", "level2", "description", "basis");

    /**
     * Calls back with each sentence of a text long enough to count, without white space or a list number.
     * The text is read from a buffer the caller keeps for all texts of a check: every character is looked
     * at, and an array reads faster than the string.
     */
    private static void sentences(String text, char[] buffer, java.util.function.Consumer<CharSequence> each) {
        int n = text.length();
        text.getChars(0, n, buffer, 0);
        char[] t = buffer;
        int start = 0;
        for (int i = 0; i < n; i++) {
            char c = t[i];
            if (c == '。' || c == '；' || c == ';' || c == '！' || c == '？' || c == '\n') {
                sentence(text, t, start, i, each);
                start = i + 1;
            }
        }
        sentence(text, t, start, n, each); // the text's end closes its last sentence
    }

    private static void sentence(String text, char[] t, int start, int end, java.util.function.Consumer<CharSequence> each) {
        if (end - start >= MIN_LENGTH) {
            CharSequence s = clean(text, t, start, end);
            if (s.length() >= MIN_LENGTH) {
                each.accept(s);
            }
        }
    }

    /** A sentence as a window on its text, hashed and compared without copying it out. */
    private static final class Span implements CharSequence {
        private final CharSequence text;
        private final int from;
        private final int to;
        private final int hash;

        Span(CharSequence text, int from, int to) {
            this(text, from, to, hash(text, from, to));
        }

        /** A window whose hash the caller has computed (see {@link #hash}) while reading it for another purpose. */
        Span(CharSequence text, int from, int to, int hash) {
            this.text = text;
            this.from = from;
            this.to = to;
            this.hash = hash;
        }

        static int hash(CharSequence text, int from, int to) {
            int h = 0;
            for (int i = from; i < to; i++) {
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

    /** The sentence from {@code from} to {@code to} of a text (and its characters {@code t}). */
    private static CharSequence clean(String text, char[] t, int from, int to) {
        int i = from;
        while (i < to && "0123456789一二三四五六七八九十".indexOf(t[i]) >= 0) {
            i++;
        }
        if (i > from && i < to && "、.．".indexOf(t[i]) >= 0) {
            from = i + 1;
        }
        // one pass asks whether the sentence holds white space and hashes it as it stands, the common case
        boolean space = false;
        int hash = 0;
        for (int k = from; k < to; k++) {
            char c = t[k];
            space |= c <= ' ' || c == '\u3000';
            hash = 31 * hash + c;
        }
        if (!space) {
            return new Span(text, from, to, hash);
        }
        StringBuilder b = new StringBuilder(to - from);
        for (int k = from; k < to; k++) {
            if (!Character.isWhitespace(t[k])) {
                b.append(t[k]);
            }
        }
        return new Span(b, 0, b.length());
    }

    @Override
    public List<Finding> check(Disclosure d, CheckContext context) {
        Map<CharSequence, Texts.Prose> firstSeen = new HashMap<>(1024);
        List<Finding> findings = new ArrayList<>();
        char[] buffer = new char[256];
        for (Texts.Prose at : Texts.prose(d, context)) {
            if (at.text().length() < MIN_LENGTH || NOT_PROSE.contains(at.field())) {
                continue;
            }
            if (buffer.length < at.text().length()) {
                buffer = new char[Math.max(at.text().length(), 2 * buffer.length)];
            }
            sentences(at.text(), buffer, sentence -> {
                Texts.Prose before = firstSeen.putIfAbsent(sentence, at);
                if (before != null && before != at) {
                    String s = sentence.toString();
                    findings.add(finding(at.pointer(), s,
                            "句子“" + s + "”已在 " + before.pointer() + " 出现",
                            "the sentence '" + s + "' also stands at " + before.pointer()));
                }
            });
        }
        return findings;
    }
}
