package org.gongkai.importing.pdf;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongkai.model.Amount;
import org.gongkai.model.BudgetTable;
import org.gongkai.model.EconomicSpending;
import org.gongkai.model.TableKind;
import org.gongkai.model.TableRow;

/**
 * The sentences of a 基本支出 explanation that detail it by economic class, one line each: a 类 with its
 * amount (1、工资福利支出（类）2,097.51万元), then its 款 (（1）基本工资（款）支出737.94万元。用于发放…). A line's
 * code is the one the basic expenditure tables print for that name (301, 30101), a 款 looked for under the
 * 类 stated before it; a name no table carries keeps no code, for the rules to report.
 */
final class EconomicLines {

    private static final Pattern LINE = Pattern.compile(
            "^([^，。；：:0-9]{2,30}?)（([类款])）(?:支出)?" + FigureText.NUMBER + "万元");
    private static final Pattern PURPOSE = Pattern.compile("^[。，,；;]?(?:主要)?(?:用于|反映)[：:]?([^。]+)。?");
    private static final Pattern NUMBERING = Pattern.compile("^(?:[一二三四五六七八九十]+、|[0-9]{1,2}[.．、])");
    private static final Set<TableKind> BASIC_TABLES = EnumSet.of(TableKind.FISCAL_GRANT_BASIC_EXPENDITURE,
            TableKind.GENERAL_BUDGET_BASIC_EXPENDITURE, TableKind.FINAL_GENERAL_BUDGET_BASIC_EXPENDITURE);

    private final List<BudgetTable> tables;
    private final List<EconomicSpending> lines = new ArrayList<>();
    private String classCode;

    EconomicLines(List<BudgetTable> tables) {
        this.tables = tables;
    }

    /**
     * Whether the sentence, its numbering removed, states one economic line. The line is kept once: the
     * explanations of the 财政拨款 and the 一般公共预算 basic tables often repeat the same sentences.
     */
    boolean read(String bare, Paragraph p, Map<String, String> places) {
        Matcher m = LINE.matcher(bare);
        if (!m.find()) {
            return false;
        }
        String name = plain(m.group(1));
        boolean isClass = m.group(2).equals("类");
        String code = isClass ? code(name, "", 3) : code(name, classCode == null ? "" : classCode, 5);
        if (isClass) {
            classCode = code;
        }
        Amount amount = FigureText.wan(m.group(3));
        StatedFigure.Stated stated = StatedFigure.after(bare, 0, m.group(1).length(), amount, m.end());
        String purpose = stated.purpose();
        if (purpose == null) {
            Matcher use = PURPOSE.matcher(bare.substring(m.end()));
            purpose = use.find() ? use.group(1).strip() : null;
        }
        boolean again = lines.stream().anyMatch(l -> l.name().equals(name) && l.figure().amount().equals(amount));
        if (!again) {
            places.put("/overview/expenditure/byEconomicClass/" + lines.size(), p.place());
            lines.add(new EconomicSpending(code, name, stated.figure(), purpose));
        }
        return true;
    }

    List<EconomicSpending> lines() {
        return List.copyOf(lines);
    }

    /** The code a basic expenditure table prints for the name (or the name with 支出 added or dropped). */
    private String code(String name, String parent, int length) {
        String bare = name.endsWith("支出") ? name.substring(0, name.length() - 2) : name;
        for (BudgetTable t : tables) {
            if (!BASIC_TABLES.contains(t.kind())) {
                continue;
            }
            for (TableRow r : t.rows()) {
                String rowName = NUMBERING.matcher(plain(r.name())).replaceFirst("");
                if (r.code() != null && r.code().length() == length && r.code().startsWith(parent)
                        && (rowName.equals(name) || rowName.equals(bare) || rowName.equals(bare + "支出"))) {
                    return r.code();
                }
            }
        }
        return null;
    }

    /** A name as printed, spaces aside and brackets full-width: 维修(护)费 is 维修（护）费. */
    private static String plain(String name) {
        return name.replace(" ", "").replace('(', '（').replace(')', '）');
    }
}
