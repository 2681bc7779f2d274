package org.gongkai.importing.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.gongkai.model.Indicator;
import org.gongkai.model.IndicatorValue;
import org.gongkai.model.ProjectTarget;

/**
 * The project target tables (项目绩效目标表) as text extraction leaves them: the title, 绩效目标 and
 * its text, the header row, then every cell of every row on lines of its own, a cell broken over
 * several lines where its column is narrow. Rows are rebuilt from what each kind of cell looks like:
 * level names from the framework, values starting with a comparator, bases ending in 号, narrow
 * name lines before the wide description lines.
 */
final class TargetTables {

    private static final Set<String> LEVEL1 = Set.of("产出指标", "效果指标", "效益指标", "满意度指标", "成本指标");
    private static final Set<String> LEVEL2 = Set.of("数量指标", "质量指标", "时效指标", "成本指标", "经济效益指标",
            "社会效益指标", "生态效益指标", "可持续影响指标", "服务对象满意度指标", "满意度指标");
    private static final Pattern TITLE_START = Pattern.compile("^[0-9]+、");
    private static final Pattern BASIS_START = Pattern.compile("[〔【\\[][0-9]{4}[〕】\\]]|^\\p{IsHan}{0,2}财|^\\p{IsHan}{1,3}字");
    /** A name cell's lines are at most this many characters; a description's first line is longer. */
    private static final int NAME_WIDTH = 6;

    private final List<TextLine> lines;
    private final boolean[] used;
    private final Map<String, String> places;

    TargetTables(List<TextLine> lines, boolean[] used, Map<String, String> places) {
        this.lines = lines;
        this.used = used;
        this.places = places;
    }

    List<ProjectTarget> read(int from, int to) {
        List<ProjectTarget> projects = new ArrayList<>();
        int i = from;
        while (i < to) {
            if (!TITLE_START.matcher(lines.get(i).text()).find()) {
                i++;
                continue;
            }
            int titleEnd = i;
            while (titleEnd < to && !lines.get(titleEnd).text().endsWith("绩效目标表")) {
                titleEnd++;
            }
            if (titleEnd >= to) {
                break;
            }
            String title = join(i, titleEnd + 1);
            String name = title.replaceFirst("^[0-9]+、", "").replaceFirst("绩效目标表$", "").replace("【", "〔").replace("】", "〕");
            int goalAt = titleEnd + 1;
            int header = goalAt;
            while (header < to && !lines.get(header).text().startsWith("一级指标")) {
                header++;
            }
            String goal = join(goalAt, header).replaceFirst("^绩效目标", "");
            int next = header + 1;
            while (next < to && !(TITLE_START.matcher(lines.get(next).text()).find() && titleAhead(next, to))) {
                next++;
            }
            for (int k = i; k <= header && k < to; k++) {
                used[k] = true;
            }
            List<Indicator> indicators = rows(header + 1, next, projects.size());
            places.put("/performance/projects/" + projects.size(), lines.get(i).where());
            projects.add(new ProjectTarget(name, null, goal.isEmpty() ? null : goal, indicators));
            i = next;
        }
        return projects;
    }

    /** Whether a numbered line starts a table title (it runs into a line ending in 绩效目标表). */
    private boolean titleAhead(int i, int to) {
        for (int k = i; k < Math.min(to, i + 3); k++) {
            if (lines.get(k).text().endsWith("绩效目标表")) {
                return true;
            }
        }
        return false;
    }

    private List<Indicator> rows(int from, int to, int project) {
        List<String> tokens = new ArrayList<>();
        List<Integer> origin = new ArrayList<>();
        for (int i = from; i < to; i++) {
            for (String t : lines.get(i).text().split("\\s+")) {
                if (!t.isEmpty()) {
                    tokens.add(t);
                    origin.add(i);
                }
            }
        }
        List<Indicator> rows = new ArrayList<>();
        String level1 = null;
        String level2 = null;
        int k = 0;
        while (k < tokens.size()) {
            int start = k;
            int[] l1 = level(tokens, k, LEVEL1);
            if (l1 != null) {
                int[] after = level(tokens, k + l1[0], LEVEL2);
                if (after != null) {
                    level1 = concat(tokens, k, l1[0]);
                    k += l1[0];
                }
            }
            int[] l2 = level(tokens, k, LEVEL2);
            if (l2 != null) {
                level2 = concat(tokens, k, l2[0]);
                k += l2[0];
            }
            int value = k;
            while (value < tokens.size() && !isValueStart(tokens.get(value))) {
                value++;
            }
            int basis = value + 1;
            while (basis < tokens.size() && !BASIS_START.matcher(tokens.get(basis)).find()) {
                basis++;
            }
            if (value >= tokens.size() || basis > tokens.size() || level1 == null || level2 == null) {
                break;
            }
            int end = basis;
            StringBuilder b = new StringBuilder();
            while (end < tokens.size() && (b.length() == 0 || !b.toString().endsWith("号"))) {
                b.append(tokens.get(end));
                end++;
            }
            int descriptionStart = k;
            while (descriptionStart < value && tokens.get(descriptionStart).length() <= NAME_WIDTH) {
                descriptionStart++;
            }
            if (descriptionStart == k && descriptionStart < value) {
                descriptionStart++;
            }
            String name = concat(tokens, k, descriptionStart - k);
            String description = concat(tokens, descriptionStart, value - descriptionStart);
            String valueText = concat(tokens, value, basis - value);
            rows.add(new Indicator(level1, level2, name, description.isEmpty() ? null : description,
                    IndicatorValue.parse(valueText), b.toString()));
            places.put("/performance/projects/" + project + "/indicators/" + (rows.size() - 1),
                    lines.get(origin.get(start)).where());
            for (int t = start; t < end; t++) {
                used[origin.get(t)] = true;
            }
            k = end;
        }
        return rows;
    }

    private static boolean isValueStart(String token) {
        char c = token.charAt(0);
        return c == '≥' || c == '≤' || c == '＞' || c == '＜' || c == '>' || c == '<' || c == '=' || c == '＝';
    }

    /** How many tokens from k spell a level name of the set, or null. */
    private static int[] level(List<String> tokens, int k, Set<String> names) {
        StringBuilder s = new StringBuilder();
        for (int n = 1; n <= 3 && k + n - 1 < tokens.size(); n++) {
            s.append(tokens.get(k + n - 1));
            if (names.contains(s.toString())) {
                return new int[] {n};
            }
        }
        return null;
    }

    private static String concat(List<String> tokens, int from, int count) {
        StringBuilder s = new StringBuilder();
        for (int i = from; i < from + count && i < tokens.size(); i++) {
            s.append(tokens.get(i));
        }
        return s.toString();
    }

    private String join(int from, int to) {
        StringBuilder s = new StringBuilder();
        for (int i = from; i < to && i < lines.size(); i++) {
            s.append(lines.get(i).text());
        }
        return s.toString();
    }
}
