package org.gongkai.model;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the classification line a statement names, in the coded lines of the document's own
 * tables. Statements name a 类, 款 or 项 in many ways, all of them handled here:
 * <ul>
 *   <li>a code, alone or before the name: {@code 2010301}, {@code 201 一般公共服务支出};</li>
 *   <li>the levels marked: {@code 社会保障和就业支出（类）行政事业单位养老支出（款）行政单位离退休（项）};</li>
 *   <li>the levels with their codes: {@code 一般公共服务支出（201类）政府办公厅（室）及相关机构事务（03款）行政运行（01项）};</li>
 *   <li>the levels joined by dashes: {@code 一般公共服务支出-政府办公厅（室）及相关机构事务-行政运行};</li>
 *   <li>a 类 marked inside its name: {@code 一般公共服务（类）支出};</li>
 *   <li>the name alone, of a 类, or of a 款 or 项 that only one line of the tables carries.</li>
 * </ul>
 * Names are compared without numbering (一、), spaces and the width of brackets; a table name cut
 * short by its column matches the statement's longer name when it is the only line that begins so.
 */
public final class FunctionHeadings {

    private static final Pattern CODE_FIRST = Pattern.compile("^([0-9]{3}(?:[0-9]{2}){0,2})(?:\\s+.*|)$");
    private static final Pattern MARKED = Pattern.compile(
            "^(.+?)[（(]([0-9]{3})?类[）)](?:(.+?)[（(]([0-9]{2})?款[）)](?:(.+?)[（(]([0-9]{2})?项[）)])?)?$");
    private static final Pattern CLASS_INSIDE = Pattern.compile("^(.+?)[（(]类[）)](.*)$");
    private static final Pattern ONE_LEVEL = Pattern.compile("^(.+?)[（(](款|项)[）)]$");
    private static final Pattern DASHED = Pattern.compile("\\s*[-－—–]+\\s*");
    private static final Pattern NUMBERING = Pattern.compile("^(?:[一二三四五六七八九十]+、|[0-9]+[.．、])\\s*");
    /** A name cut short by its column still says which line it is when this many characters are left. */
    private static final int SHORTEST_CUT_NAME = 6;

    private FunctionHeadings() {}

    /** The code of the line the statement names, if the tables carry exactly one such line. */
    public static Optional<String> code(String named, List<BudgetTable> tables) {
        if (named == null || named.isBlank()) {
            return Optional.empty();
        }
        String name = named.strip();
        Matcher code = CODE_FIRST.matcher(name);
        if (code.matches()) {
            return carried(code.group(1), tables) ? Optional.of(code.group(1)) : Optional.empty();
        }
        Matcher marked = MARKED.matcher(name);
        if (marked.matches()) {
            return levels(tables, new String[] {marked.group(1), marked.group(3), marked.group(5)},
                    new String[] {marked.group(2), marked.group(4), marked.group(6)});
        }
        String[] parts = DASHED.split(name);
        if (parts.length >= 2 && parts.length <= 3) {
            return levels(tables, parts, new String[parts.length]);
        }
        Matcher one = ONE_LEVEL.matcher(name);
        if (one.matches()) {
            int length = one.group(2).equals("款") ? 5 : 7;
            return line(tables, "", length, one.group(1)).or(() -> joined(tables, length, one.group(1)));
        }
        Matcher inside = CLASS_INSIDE.matcher(name);
        if (inside.matches()) {
            return line(tables, "", 3, inside.group(1) + inside.group(2))
                    .or(() -> line(tables, "", 3, inside.group(1)));
        }
        return exact(tables, 3, name).or(() -> exact(tables, 5, name)).or(() -> exact(tables, 7, name))
                .or(() -> joined(tables, 5, name)).or(() -> joined(tables, 7, name))
                .or(() -> line(tables, "", 3, name)).or(() -> anyLevel(tables, name));
    }

    /** The one line of the level bearing exactly the name, a cut-short name not accepted. */
    private static Optional<String> exact(List<BudgetTable> tables, int length, String name) {
        String wanted = normalise(name);
        Set<String> found = new LinkedHashSet<>();
        for (BudgetTable t : tables) {
            for (TableRow r : t.rows()) {
                if (r.code() != null && r.code().length() == length && normalise(r.name()).equals(wanted)) {
                    found.add(r.code());
                }
            }
        }
        return found.size() == 1 ? Optional.of(found.iterator().next()) : Optional.empty();
    }

    /**
     * The one line of the given level whose name, after the names of its 款 (and 类), is the name
     * given: 人大事务行政运行 is 行政运行 under 人大事务.
     */
    private static Optional<String> joined(List<BudgetTable> tables, int length, String name) {
        String wanted = normalise(name);
        java.util.Map<String, String> names = new java.util.HashMap<>();
        for (BudgetTable t : tables) {
            for (TableRow r : t.rows()) {
                if (r.code() != null) {
                    names.putIfAbsent(r.code(), normalise(r.name()));
                }
            }
        }
        Set<String> found = new LinkedHashSet<>();
        names.forEach((code, own) -> {
            if (code.length() != length) {
                return;
            }
            String withParent = names.getOrDefault(code.substring(0, length - 2), "\0") + own;
            String withClass = names.getOrDefault(code.substring(0, 3), "\0") + withParent;
            if (wanted.equals(withParent) || (length == 7 && wanted.equals(withClass))) {
                found.add(code);
            }
        });
        return found.size() == 1 ? Optional.of(found.iterator().next()) : Optional.empty();
    }

    private static Optional<String> levels(List<BudgetTable> tables, String[] names, String[] codes) {
        String prefix = "";
        for (int level = 0; level < names.length && names[level] != null; level++) {
            int length = 3 + 2 * level;
            Optional<String> found;
            if (codes[level] != null) {
                String candidate = prefix + codes[level];
                found = candidate.length() == length && carried(candidate, tables) ? Optional.of(candidate) : Optional.empty();
            } else {
                found = line(tables, prefix, length, names[level]);
            }
            if (found.isEmpty()) {
                return Optional.empty();
            }
            prefix = found.get();
        }
        return prefix.isEmpty() ? Optional.empty() : Optional.of(prefix);
    }

    private static Optional<String> anyLevel(List<BudgetTable> tables, String name) {
        for (int length = 5; length <= 7; length += 2) {
            Optional<String> found = line(tables, "", length, name);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    /** The one code of the given length and prefix whose line bears the name (or, cut short, begins it). */
    private static Optional<String> line(List<BudgetTable> tables, String prefix, int length, String name) {
        String wanted = normalise(name);
        Set<String> exact = new LinkedHashSet<>();
        Set<String> cut = new LinkedHashSet<>();
        for (BudgetTable t : tables) {
            for (TableRow r : t.rows()) {
                if (r.code() == null || r.code().length() != length || !r.code().startsWith(prefix)) {
                    continue;
                }
                String printed = normalise(r.name());
                if (printed.equals(wanted)) {
                    exact.add(r.code());
                } else if (printed.length() >= SHORTEST_CUT_NAME && wanted.startsWith(printed)) {
                    cut.add(r.code());
                }
            }
        }
        if (exact.size() == 1) {
            return Optional.of(exact.iterator().next());
        }
        return exact.isEmpty() && cut.size() == 1 ? Optional.of(cut.iterator().next()) : Optional.empty();
    }

    private static boolean carried(String code, List<BudgetTable> tables) {
        return tables.stream().flatMap(t -> t.rows().stream()).anyMatch(r -> code.equals(r.code()));
    }

    static String normalise(String name) {
        String n = NUMBERING.matcher(name.strip()).replaceFirst("");
        return n.replace('(', '（').replace(')', '）').replaceAll("[\\s\u3000]+", "");
    }
}
