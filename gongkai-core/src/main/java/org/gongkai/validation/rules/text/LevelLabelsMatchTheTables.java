package org.gongkai.validation.rules.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gongkai.model.BudgetTable;
import org.gongkai.model.ClassificationLevel;
import org.gongkai.model.Disclosure;
import org.gongkai.validation.AbstractRule;
import org.gongkai.validation.Category;
import org.gongkai.validation.CheckContext;
import org.gongkai.validation.Finding;
import org.gongkai.validation.RuleInfo;
import org.gongkai.validation.Severity;
import org.gongkai.validation.TableLines;

/**
 * A 科目 named in the statement with its level in brackets (“行政事业单位离退休（款）”) carries the level
 * its own tables give it: the tables print the code, and a code of 3, 5 or 7 digits is a 类, 款 or 项.
 * The 经济分类 counts too (住房公积金 is 项 2210201 of the functions and 款 30311 of the economic classes).
 * A name the tables do not carry, or carry at more than one level, is left alone. A name mislabelled
 * the same way in several places is reported once, where it is first written.
 */
public final class LevelLabelsMatchTheTables extends AbstractRule {

    private static final String[] LABELS = {"（类）", "（款）", "（项）", "(类)", "(款)", "(项)"};

    public LevelLabelsMatchTheTables() {
        super(new RuleInfo("level-labels-match-the-tables", Category.TEXT, Severity.WARNING,
                "预算法实施条例 §6；政府收支分类科目的类、款、项",
                "说明中标注的科目级次（类）（款）（项）与表中该科目编码的级次一致",
                "A heading labelled 类, 款 or 项 in the statement has that level in the tables (by the length of its code)",
                "表中20805 行政事业单位离退休，说明写“行政事业单位离退休（类）未归口管理的行政单位离退休（项）”",
                "表中20805 行政事业单位离退休，说明写“行政事业单位离退休（款）未归口管理的行政单位离退休（项）”"));
    }

    @Override
    public List<Finding> check(Disclosure d, CheckContext context) {
        List<Finding> findings = new ArrayList<>();
        Levels levels = new Levels();
        Set<String> reported = new java.util.HashSet<>();
        Wording.eachProse(d, context, at -> at.has(Texts.HAS_LEVEL_LABEL), (at, t) -> {
            if (!levels.read) {
                levels.read(d, context);
            }
            for (String label : LABELS) {
                for (int i = t.indexOf(label); i >= 0; i = t.indexOf(label, i + 1)) {
                    check(at, t, i, level(label.charAt(1)), levels, reported, findings);
                }
            }
        });
        return findings;
    }

    private void check(Texts.Prose at, String t, int label, ClassificationLevel stated,
            Levels levels, Set<String> reported, List<Finding> findings) {
        int start = label;
        // no name of the tables is longer than their longest: the run is looked at no further back
        while (start > 0 && label - start < levels.longest && Texts.isHan(t.charAt(start - 1))) {
            start--;
        }
        // the hash each end of the run would have as a string (String.hashCode), from the shortest end back,
        // so that only an end whose hash the tables know is taken out of the text and looked up
        int[] hashes = levels.hashes(label - start + 1);
        int hash = 0;
        int power = 1;
        for (int from = label - 1; from >= start; from--) {
            hash += t.charAt(from) * power;
            power *= 31;
            hashes[from - start] = hash;
        }
        // the longest end of the run of characters before the label that the tables name: 主要用于 is no part of the name
        for (int from = start; label - from >= 2; from++) {
            if (!levels.mayName(hashes[from - start])) {
                continue;
            }
            String name = t.substring(from, label);
            int inTables = levels.of(name);
            if (inTables == 0) {
                continue;
            }
            if (Integer.bitCount(inTables) == 1 && (inTables & (1 << stated.ordinal())) == 0 && reported.add(name + stated)) {
                ClassificationLevel actual = ClassificationLevel.values()[Integer.numberOfTrailingZeros(inTables)];
                findings.add(finding(at.pointer(), name,
                        "“" + name + "”标为（" + stated.label() + "），表中为" + actual.label() + "级科目（"
                                + Wording.around(t, from, label + 3) + "）",
                        "'" + name + "' is labelled " + stated.label() + " but is a " + actual.label() + " in the tables"));
            }
            return;
        }
    }

    private static ClassificationLevel level(char label) {
        return switch (label) {
            case '类' -> ClassificationLevel.CATEGORY;
            case '款' -> ClassificationLevel.SECTION;
            default -> ClassificationLevel.ITEM;
        };
    }

    /**
     * The names of the coded lines of every table, function and economic, with their levels; a name the
     * text gives without its 支出 (社会保障和就业（类）) is found as the tables print it.
     */
    private static final class Levels {
        /** The levels of a name, one bit each by their order. */
        private final Map<String, Integer> byName = new HashMap<>(512);
        private final Map<String, Integer> withoutSpending = new HashMap<>();
        private boolean read;
        private int longest;
        /** One bit for each name's hash (a Bloom filter of one function): a clear bit means no such name. */
        private final long[] hashBits = new long[32];
        private int[] hashes = new int[32];

        int[] hashes(int length) {
            if (hashes.length < length) {
                hashes = new int[Math.max(length, 2 * hashes.length)];
            }
            return hashes;
        }

        boolean mayName(int hash) {
            int bit = hash & (hashBits.length * 64 - 1);
            return (hashBits[bit >>> 6] & (1L << bit)) != 0;
        }

        private void remember(String name) {
            int bit = name.hashCode() & (hashBits.length * 64 - 1);
            hashBits[bit >>> 6] |= 1L << bit;
        }

        void read(Disclosure d, CheckContext context) {
            read = true;
            for (BudgetTable table : d.tables()) {
                TableLines lines = context.lines(table);
                for (int r = 0; r < lines.rows().size(); r++) {
                    ClassificationLevel level = lines.level(r);
                    if (level != null) {
                        String name = Wording.flat(lines.rows().get(r).name());
                        byName.merge(name, 1 << level.ordinal(), (a, b) -> a | b);
                        longest = Math.max(longest, name.length());
                    }
                }
            }
            byName.forEach((name, levels) -> {
                if (name.endsWith("支出")) {
                    withoutSpending.put(name.substring(0, name.length() - 2), levels);
                }
            });
            byName.keySet().forEach(this::remember);
            withoutSpending.keySet().forEach(this::remember);
        }

        /** The levels the tables give a name, as the text names it or with 支出 after it, one bit each; 0 when none. */
        int of(String name) {
            Integer levels = byName.get(name);
            if (levels == null) {
                levels = withoutSpending.get(name);
            }
            return levels == null ? 0 : levels;
        }
    }
}
