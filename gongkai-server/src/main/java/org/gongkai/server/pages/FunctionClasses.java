package org.gongkai.server.pages;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.gongkai.model.Amount;
import org.gongkai.model.BudgetTable;
import org.gongkai.model.Column;
import org.gongkai.model.Disclosure;
import org.gongkai.model.FunctionSpending;
import org.gongkai.model.MoneyUnit;
import org.gongkai.model.Outturn;
import org.gongkai.model.TableKind;
import org.gongkai.model.TableRow;

/**
 * Expenditure by 支出功能分类 class (类, the three-digit heading): from the statement's sentences on
 * single headings, summed at the shallowest level the statement gives for each class, or else from
 * the class lines of the standard expenditure tables (a 决算's own tables included), or else, for a
 * 决算, from the lines its statement compares with their 年初预算 (支出决算), summed the same way.
 * Nothing is estimated: a disclosure that states none of them has no classes.
 */
public final class FunctionClasses {

    /** One class with its name and amount in the requested unit. */
    public record FunctionClass(String code, String name, Amount amount) {
    }

    /** 支出功能分类科目 classes (类) of the government expenditure classification, for classes named only by code. */
    private static final Map<String, String> NAMES = Map.ofEntries(Map.entry("201", "一般公共服务支出"),
            Map.entry("202", "外交支出"), Map.entry("203", "国防支出"), Map.entry("204", "公共安全支出"),
            Map.entry("205", "教育支出"), Map.entry("206", "科学技术支出"), Map.entry("207", "文化旅游体育与传媒支出"),
            Map.entry("208", "社会保障和就业支出"), Map.entry("209", "社会保险基金支出"), Map.entry("210", "卫生健康支出"),
            Map.entry("211", "节能环保支出"), Map.entry("212", "城乡社区支出"), Map.entry("213", "农林水支出"),
            Map.entry("214", "交通运输支出"), Map.entry("215", "资源勘探工业信息等支出"), Map.entry("216", "商业服务业等支出"),
            Map.entry("217", "金融支出"), Map.entry("219", "援助其他地区支出"), Map.entry("220", "自然资源海洋气象等支出"),
            Map.entry("221", "住房保障支出"), Map.entry("222", "粮油物资储备支出"), Map.entry("223", "国有资本经营预算支出"),
            Map.entry("224", "灾害防治及应急管理支出"), Map.entry("227", "预备费"), Map.entry("229", "其他支出"),
            Map.entry("230", "转移性支出"), Map.entry("231", "债务还本支出"), Map.entry("232", "债务付息支出"),
            Map.entry("233", "债务发行费用支出"));

    private static final List<TableKind> TABLES = List.of(TableKind.GENERAL_BUDGET_EXPENDITURE,
            TableKind.EXPENDITURE_SUMMARY, TableKind.FISCAL_GRANT_SUMMARY, TableKind.FINAL_GENERAL_BUDGET_EXPENDITURE,
            TableKind.FINAL_EXPENDITURE);

    private FunctionClasses() {
    }

    static List<FunctionClass> of(Disclosure d, MoneyUnit unit) {
        List<FunctionClass> fromStatement = fromStatement(d, unit);
        if (!fromStatement.isEmpty()) {
            return fromStatement;
        }
        List<FunctionClass> fromTables = fromTables(d, unit);
        return fromTables.isEmpty() ? fromOutturns(d, unit, Outturn::outturn) : fromTables;
    }

    /**
     * A 决算's lines by class, one amount of each line ({@link Outturn#outturn} or
     * {@link Outturn#budget}), summed at the shallowest level its lines give for the class.
     */
    static List<FunctionClass> fromOutturns(Disclosure d, MoneyUnit unit, Function<Outturn, Amount> amount) {
        if (d.finalAccounts() == null) {
            return List.of();
        }
        Map<String, List<Outturn>> byClass = new LinkedHashMap<>();
        for (Outturn o : d.finalAccounts().outturns()) {
            if (o.code() != null && o.code().length() >= 3 && amount.apply(o) != null) {
                byClass.computeIfAbsent(o.code().substring(0, 3), k -> new ArrayList<>()).add(o);
            }
        }
        List<FunctionClass> out = new ArrayList<>();
        byClass.forEach((code, lines) -> {
            int shallowest = lines.stream().mapToInt(o -> o.code().length()).min().orElseThrow();
            Amount sum = Amount.zero(unit);
            for (Outturn o : lines) {
                if (o.code().length() == shallowest) {
                    sum = sum.plus(amount.apply(o));
                }
            }
            String first = lines.get(0).name();
            int at = first == null ? -1 : first.indexOf("（类）");
            String name = at > 0 ? first.substring(0, at) : NAMES.getOrDefault(code, code);
            out.add(new FunctionClass(code, name, sum.in(unit)));
        });
        return out;
    }

    private static List<FunctionClass> fromStatement(Disclosure d, MoneyUnit unit) {
        if (d.overview() == null || d.overview().expenditure() == null) {
            return List.of();
        }
        Map<String, List<FunctionSpending>> byClass = new LinkedHashMap<>();
        for (FunctionSpending f : d.overview().expenditure().byFunction()) {
            if (f.code() != null && f.code().length() >= 3 && f.figure() != null && f.figure().amount() != null) {
                byClass.computeIfAbsent(f.code().substring(0, 3), k -> new ArrayList<>()).add(f);
            }
        }
        List<FunctionClass> out = new ArrayList<>();
        byClass.forEach((code, lines) -> {
            int shallowest = lines.stream().mapToInt(f -> f.code().length()).min().orElseThrow();
            Amount sum = Amount.zero(unit);
            String name = null;
            for (FunctionSpending f : lines) {
                if (f.code().length() == shallowest) {
                    sum = sum.plus(f.figure().amount());
                    if (shallowest == 3) {
                        name = f.name();
                    }
                }
            }
            if (name == null) {
                String first = lines.get(0).name();
                int at = first == null ? -1 : first.indexOf("（类）");
                name = at > 0 ? first.substring(0, at) : NAMES.getOrDefault(code, code);
            }
            out.add(new FunctionClass(code, name, sum.in(unit)));
        });
        return out;
    }

    private static List<FunctionClass> fromTables(Disclosure d, MoneyUnit unit) {
        for (TableKind kind : TABLES) {
            BudgetTable table = d.table(kind).orElse(null);
            if (table == null) {
                continue;
            }
            List<FunctionClass> out = new ArrayList<>();
            for (TableRow row : table.rows()) {
                if (row.code() == null || row.code().length() != 3) {
                    continue;
                }
                Amount a = row.amount(Column.TOTAL).or(() -> row.amount(Column.AMOUNT))
                        .orElseGet(() -> row.amounts().values().stream().findFirst().orElse(null));
                if (a != null) {
                    out.add(new FunctionClass(row.code(), row.name(), a.in(unit)));
                }
            }
            if (!out.isEmpty()) {
                return out;
            }
        }
        return List.of();
    }
}
