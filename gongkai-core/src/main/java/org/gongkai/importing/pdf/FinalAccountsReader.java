package org.gongkai.importing.pdf;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongkai.importing.ImportResult.Unplaced;
import org.gongkai.model.Amount;
import org.gongkai.model.BudgetTable;
import org.gongkai.model.Change;
import org.gongkai.model.ChangeDirection;
import org.gongkai.model.Figure;
import org.gongkai.model.FinalAccounts;
import org.gongkai.model.FunctionHeadings;
import org.gongkai.model.Outturn;
import org.gongkai.model.OutturnComparison;
import org.gongkai.model.SelfEvaluation;
import org.gongkai.model.Share;
import org.gongkai.model.SmeAwards;
import org.gongkai.model.TableKind;
import org.gongkai.model.ThreePublicOutturn;
import org.gongkai.model.profile.SectionKind;
import org.gongkai.model.profile.SectionSpec;

/**
 * What the statement of a 决算 says beyond a budget's ({@link FinalAccounts}): the totals with their change
 * and reason, the shares (…万元，占x%), 决算 against 预算 as a whole and per line (年初预算为a万元，支出决算为b万元，
 * 完成年初预算的c%，决算数小于预算数的主要原因：…), the items 人员经费 and 公用经费 are said to include, 三公 against
 * 预算, the statements on the two funds, the self-evaluation and the awards to small and medium enterprises.
 * Each fact is found in the section the profile titles for it, after the labels the profile gives it
 * ({@code phrases}, keys {@code final.*}); the sentence shapes around a label are the national template's.
 */
final class FinalAccountsReader {

    private static final String NUMBER = FigureText.NUMBER;
    /**
     * An amount left as the template's placeholder (XXX万元, ××万元): the figure is stated in its sentence and
     * not given, which is not zero.
     */
    private static final String PLACEHOLDER = "(?:[XＸ×]{2,})";
    private static final String NUMBER_OR_PLACEHOLDER = "(?:" + NUMBER + "|" + PLACEHOLDER + ")";
    private static final String WAN = "\\s*万元";
    private static final Pattern SHARE = Pattern.compile(
            "([^：；，。:;,\\s0-9]{2,40}?)\\s*" + NUMBER + WAN + "[，,]?\\s*占([^0-9%，。；]{0,16}?)的?\\s*" + NUMBER + "\\s*[%％]");
    private static final Pattern WHOLE = Pattern.compile(
            "([^：；，。:;,\\s0-9]{2,40}?)\\s*" + NUMBER + WAN + "[，,]?\\s*(?:其中|主要用于)");
    private static final Pattern ITEM_NUMBER = Pattern.compile("^(?:其中[：:])?\\s*(?:\\d{1,2}\\s*[、.．]|（\\d{1,2}）)\\s*");
    private static final Pattern LINE = Pattern.compile("([^。；：:\\n]{2,80}?（项）)");
    private static final Pattern BUDGET = Pattern.compile("年初预算(?:数)?为\\s*" + NUMBER + WAN);
    private static final Pattern ADJUSTED = Pattern.compile("调整(?:后)?预算(?:数)?为\\s*" + NUMBER + WAN);
    private static final Pattern OUTTURN = Pattern.compile("决算(?:数)?为\\s*" + NUMBER + WAN);
    private static final Pattern RATE = Pattern.compile("完成(?:年初)?(?:调整)?预算的\\s*" + NUMBER + "\\s*[%％]");
    private static final Pattern COMPARISON = Pattern.compile("决算数?(大于|小于|等于|高于|低于)(?:年初)?预算数?|(持平)");
    private static final Pattern REASON = Pattern.compile("主要原因(?:是|为)?[：:]?[ \\t]*([^。\\n]+)");
    private static final Pattern PURPOSE = Pattern.compile("主要用于[：:]?[ \\t]*([^。\\n]+)");
    private static final Pattern CHANGE = Pattern.compile("(增加|减少)\\s*" + NUMBER + WAN + "|(持平)");

    private final Template template;
    private final Map<String, String> places;
    private final Map<SectionKind, List<Paragraph>> sections = new EnumMap<>(SectionKind.class);
    private final Map<String, Amount> wholes = new HashMap<>();
    private final java.util.Set<SectionKind> used = java.util.EnumSet.noneOf(SectionKind.class);
    private final Map<SectionKind, List<String>> linePlaces = new EnumMap<>(SectionKind.class);

    /**
     * What was read: the final accounts (null when the statement states none), what a budget's statement
     * states too (收入决算 and 支出决算 as the overview's income and expenditure, 三公 against last year; null
     * where not stated) and the places of the lines read.
     */
    record Read(FinalAccounts accounts, org.gongkai.model.Income income, org.gongkai.model.Expenditure expenditure,
            org.gongkai.model.ThreePublicExpenses threePublic, java.util.Set<String> lines) {}

    private FinalAccountsReader(Template template, Map<String, String> places) {
        this.template = template;
        this.places = places;
    }

    /**
     * The final accounts the statement states, or null when it states none of them, and the places of
     * the lines of every section a fact was read from (no longer unplaced).
     */
    static Read read(List<PdfLine> lines, List<BudgetTable> tables, Map<String, String> places,
            List<Unplaced> unplaced, Template template) {
        FinalAccountsReader r = new FinalAccountsReader(template, places);
        for (Section s : Section.split(lines, template)) {
            s.heading().flatMap(h -> r.kindOf(h.text())).ifPresent(k -> {
                r.sections.computeIfAbsent(k, x -> new ArrayList<>()).addAll(s.paragraphs());
                List<String> at = r.linePlaces.computeIfAbsent(k, x -> new ArrayList<>());
                at.add(s.heading().get().place());
                s.paragraphs().forEach(p -> p.lines().forEach(l -> at.add(l.place())));
            });
        }
        Figure grandTotal = r.figure(SectionKind.OVERVIEW, "final.grand_total", "/finalAccounts/grandTotal");
        Figure fiscalGrantTotal = r.figure(SectionKind.FISCAL_GRANT, "final.fiscal_grant_total", "/finalAccounts/fiscalGrantTotal");
        Figure generalBudget = r.figure(SectionKind.GENERAL_BUDGET_EXPENDITURE, "final.general_budget_expenditure",
                "/finalAccounts/generalBudgetExpenditure");
        List<Share> shares = r.shares();
        Outturn whole = r.wholeOutturn();
        List<Outturn> outturns = r.outturns(tables);
        List<String> personnel = r.items(SectionKind.BASIC_EXPENDITURE, "final.personnel", "/finalAccounts/personnelItems");
        List<String> publicItems = r.items(SectionKind.BASIC_EXPENDITURE, "final.public", "/finalAccounts/publicItems");
        ThreePublicOutturn threePublic = r.threePublic();
        String fund = r.text(SectionKind.GOVERNMENT_FUND, "/finalAccounts/governmentFund");
        String capital = r.text(SectionKind.STATE_CAPITAL, "/finalAccounts/stateCapital");
        SelfEvaluation evaluation = r.evaluation();
        SmeAwards sme = r.sme();
        if (grandTotal == null && fiscalGrantTotal == null && generalBudget == null && shares.isEmpty() && whole == null
                && outturns.isEmpty() && threePublic == null && fund == null && capital == null && evaluation == null && sme == null) {
            return new Read(null, null, null, null, java.util.Set.of());
        }
        java.util.Set<String> read = new java.util.HashSet<>();
        r.used.forEach(k -> read.addAll(r.linePlaces.getOrDefault(k, List.of())));
        org.gongkai.model.Income income = r.income(shares);
        org.gongkai.model.Expenditure expenditure = r.expenditure(shares);
        org.gongkai.model.ThreePublicExpenses lastYear = r.threePublicAgainstLastYear(threePublic);
        read.clear();
        r.used.forEach(k -> read.addAll(r.linePlaces.getOrDefault(k, List.of())));
        return new Read(new FinalAccounts(grandTotal, shares, fiscalGrantTotal, generalBudget, whole, outturns, personnel,
                publicItems, threePublic, fund, capital, evaluation, sme), income, expenditure, lastYear, read);
    }

    /** The section a heading opens, by the titles the profile gives the sections (the longest that fits). */
    private Optional<SectionKind> kindOf(String heading) {
        String h = TemplateFamilies.normalise(heading);
        SectionKind best = null;
        int length = 0;
        for (SectionSpec spec : template.profile().sections()) {
            List<String> titles = new ArrayList<>(spec.titles());
            titles.add(spec.title());
            for (String t : titles) {
                String n = TemplateFamilies.normalise(t);
                if (h.contains(n) && n.length() > length) {
                    best = spec.kind();
                    length = n.length();
                }
            }
        }
        return Optional.ofNullable(best);
    }

    private String sectionText(SectionKind kind) {
        List<Paragraph> ps = sections.getOrDefault(kind, List.of());
        return String.join("\n", ps.stream().map(p -> levels(FigureText.compact(p.text()))).toList());
    }

    /** The levels of a line's name written with full-width brackets, as most documents print them: (项) → （项）. */
    private static String levels(String text) {
        return text.replaceAll("[（(]\\s*(类|款|项)\\s*[)）]", "（$1）");
    }

    private String placeOf(SectionKind kind, String label) {
        List<Paragraph> ps = sections.getOrDefault(kind, List.of());
        String compactLabel = FigureText.compact(label);
        return ps.stream().filter(p -> levels(FigureText.compact(p.text())).contains(compactLabel)).findFirst()
                .or(() -> ps.stream().findFirst()).map(Paragraph::place).orElse(null);
    }

    private void place(String pointer, SectionKind kind, String label) {
        used.add(kind);
        String p = placeOf(kind, label);
        if (p != null) {
            places.put(pointer, p);
        }
    }

    /** A total as stated (X总计a万元), what it did against last year (增加/减少 b万元, 持平) and the reason given. */
    private Figure figure(SectionKind kind, String fact, String pointer) {
        String text = sectionText(kind);
        for (String label : template.phrases(fact)) {
            Matcher m = Pattern.compile(Pattern.quote(FigureText.compact(label)) + "(?:为|是)?\\s*" + NUMBER_OR_PLACEHOLDER + WAN).matcher(text);
            if (!m.find()) {
                continue;
            }
            Amount amount = m.group(1) == null ? null : FigureText.wan(m.group(1));
            String after = text.substring(m.end());
            Change change = null;
            Matcher c = CHANGE.matcher(after);
            // a sentence left blank states no movement: its 持平 is the template's instruction (如持平作持平表述)
            if (amount != null && c.find()) {
                change = c.group(3) != null ? Change.flat()
                        : new Change(c.group(1).equals("增加") ? ChangeDirection.INCREASE : ChangeDirection.DECREASE, FigureText.wan(c.group(2)));
            }
            Matcher reason = REASON.matcher(after);
            place(pointer, kind, label);
            place(pointer + "/amount", kind, label);
            if (amount != null) {
                wholes.putIfAbsent(label, amount);
            }
            return new Figure(amount, null, change, reason.find() ? reason.group(1).strip() : null);
        }
        return null;
    }

    /** Every share stated (名称a万元，占x%), with the whole it is a share of as the sentence names it. */
    private List<Share> shares() {
        List<Share> shares = new ArrayList<>();
        for (SectionKind kind : List.of(SectionKind.INCOME, SectionKind.EXPENDITURE, SectionKind.GENERAL_BUDGET_EXPENDITURE)) {
            String text = sectionText(kind);
            Matcher whole = WHOLE.matcher(text);
            List<int[]> wholeAt = new ArrayList<>();
            List<String[]> wholeOf = new ArrayList<>();
            while (whole.find()) {
                String name = clean(whole.group(1));
                wholeAt.add(new int[] {whole.start()});
                wholeOf.add(new String[] {name, whole.group(2)});
                wholes.putIfAbsent(name, FigureText.wan(whole.group(2)));
            }
            Matcher m = SHARE.matcher(text);
            while (m.find()) {
                String name = clean(m.group(1));
                String wholeName = clean(m.group(3));
                Amount wholeAmount = null;
                if (wholeName.isEmpty()) {
                    for (int i = wholeAt.size() - 1; i >= 0; i--) {
                        if (wholeAt.get(i)[0] < m.start()) {
                            wholeName = wholeOf.get(i)[0];
                            wholeAmount = FigureText.wan(wholeOf.get(i)[1]);
                            break;
                        }
                    }
                } else {
                    wholeAmount = wholes.get(wholeName);
                }
                String pointer = "/finalAccounts/shares/" + shares.size();
                place(pointer, kind, name);
                place(pointer + "/percent", kind, name);
                shares.add(new Share(name, FigureText.wan(m.group(2)), new BigDecimal(m.group(4)),
                        wholeName.isEmpty() ? null : wholeName, wholeAmount));
            }
        }
        return shares;
    }

    private static String clean(String name) {
        return ITEM_NUMBER.matcher(name.replaceFirst("^(其中|包括)[：:]?", "")).replaceFirst("").replaceAll("的$", "").strip();
    }

    /** 一般公共预算财政拨款支出 against its 年初预算 as a whole: the sentence before the lines. */
    private Outturn wholeOutturn() {
        String text = sectionText(SectionKind.GENERAL_BUDGET_EXPENDITURE);
        for (String label : template.phrases("final.general_budget_expenditure")) {
            int at = text.indexOf(FigureText.compact(label) + "年初预算");
            if (at < 0) {
                continue;
            }
            String block = text.substring(at);
            Matcher first = LINE.matcher(block);
            int end = first.find() ? first.start() : block.length();
            Matcher items = Pattern.compile("其中[：:]\\s*(?:\\d{1,2}\\s*[、.．]|（\\d{1,2}）)").matcher(block);
            if (items.find() && items.start() < end) {
                end = items.start();
            }
            place("/finalAccounts/generalBudgetOutturn", SectionKind.GENERAL_BUDGET_EXPENDITURE, label + "年初预算");
            return outturn(null, label, null, block.substring(0, end));
        }
        return null;
    }

    /** The lines (项) the statement explains, each with its 预算, 决算, comparison and reason. */
    private List<Outturn> outturns(List<BudgetTable> tables) {
        String text = sectionText(SectionKind.GENERAL_BUDGET_EXPENDITURE);
        List<Outturn> result = new ArrayList<>();
        Matcher m = LINE.matcher(text);
        List<int[]> spans = new ArrayList<>();
        while (m.find()) {
            spans.add(new int[] {m.start(), m.end()});
        }
        for (int i = 0; i < spans.size(); i++) {
            String name = clean(text.substring(spans.get(i)[0], spans.get(i)[1]));
            String block = text.substring(spans.get(i)[1], i + 1 < spans.size() ? spans.get(i + 1)[0] : text.length());
            if (!BUDGET.matcher(block).find() && !OUTTURN.matcher(block).find()) {
                continue;
            }
            Matcher purpose = PURPOSE.matcher(block);
            String pointer = "/finalAccounts/outturns/" + result.size();
            place(pointer, SectionKind.GENERAL_BUDGET_EXPENDITURE, name);
            result.add(outturn(code(name, tables), name, purpose.find() ? purpose.group(1).strip() : null, block));
        }
        return result;
    }

    /** The parts of one 决算-against-预算 sentence. */
    private static Outturn outturn(String code, String name, String purpose, String block) {
        Matcher budget = BUDGET.matcher(block);
        Matcher adjusted = ADJUSTED.matcher(block);
        Matcher outturn = OUTTURN.matcher(block);
        Matcher rate = RATE.matcher(block);
        Matcher comparison = COMPARISON.matcher(block);
        Matcher reason = REASON.matcher(block);
        OutturnComparison word = null;
        if (comparison.find()) {
            word = switch (comparison.group(1) == null ? "持平" : comparison.group(1)) {
                case "大于", "高于" -> OutturnComparison.ABOVE;
                case "小于", "低于" -> OutturnComparison.BELOW;
                case "等于" -> OutturnComparison.EQUAL;
                default -> OutturnComparison.FLAT;
            };
        }
        return new Outturn(code, name, purpose,
                budget.find() ? FigureText.wan(budget.group(1)) : null,
                adjusted.find() ? FigureText.wan(adjusted.group(1)) : null,
                outturn.find() ? FigureText.wan(outturn.group(1)) : null,
                rate.find() ? new BigDecimal(rate.group(1)) : null,
                word, reason.find() ? reason.group(1).strip() : null);
    }

    /** The tables whose coded lines name the lines the statement explains. */
    private static final List<TableKind> LINE_TABLES = List.of(TableKind.FINAL_GENERAL_BUDGET_EXPENDITURE,
            TableKind.FINAL_EXPENDITURE, TableKind.FINAL_INCOME);

    /** The code of a line the statement names (类（类）款（款）项（项） …), from the coded lines of the document's line tables. */
    private static String code(String name, List<BudgetTable> tables) {
        List<BudgetTable> lineTables = tables.stream().filter(t -> LINE_TABLES.contains(t.kind())).toList();
        return FunctionHeadings.code(name, lineTables).orElse(null);
    }

    /** The items a part of 基本支出 is said to include: 人员经费a万元，主要包括：基本工资、津贴补贴…. */
    private List<String> items(SectionKind kind, String fact, String pointer) {
        String text = sectionText(kind);
        for (String label : template.phrases(fact)) {
            Matcher m = Pattern.compile(Pattern.quote(FigureText.compact(label)) + "(?:为|是)?\\s*" + NUMBER + WAN
                    + "[，,]?\\s*(?:主要)?(?:包括|用于)[：:]?([^；;。\\n]+)").matcher(text);
            if (m.find()) {
                List<String> items = new ArrayList<>();
                for (String item : m.group(2).split("[、，,]")) {
                    String t = item.replaceAll("^(和|及|以及)", "").replaceAll("等$", "").strip();
                    if (!t.isEmpty()) {
                        items.add(t);
                    }
                }
                place(pointer, kind, label);
                return items;
            }
        }
        return List.of();
    }

    /** 三公 against 预算: the total and each item as stated (…年初预算为a万元，支出决算为b万元，完成预算的c%). */
    private ThreePublicOutturn threePublic() {
        String text = sectionText(SectionKind.THREE_PUBLIC);
        if (text.isEmpty()) {
            return null;
        }
        Outturn total = item(text, "final.three_public.total", true);
        Outturn abroad = item(text, "final.three_public.abroad", false);
        Outturn vehicles = item(text, "final.three_public.vehicles", false);
        Outturn purchase = item(text, "final.three_public.vehicle_purchase", false);
        Outturn running = item(text, "final.three_public.vehicle_running", false);
        Outturn reception = item(text, "final.three_public.reception", false);
        Outturn meetings = item(text, "final.three_public.meetings", false);
        Outturn training = item(text, "final.three_public.training", false);
        if (total == null && abroad == null && vehicles == null && reception == null && meetings == null && training == null) {
            return null;
        }
        String[] names = {"total", "abroad", "vehicles", "vehiclePurchase", "vehicleRunning", "reception", "meetings", "training"};
        Outturn[] all = {total, abroad, vehicles, purchase, running, reception, meetings, training};
        for (int i = 0; i < names.length; i++) {
            if (all[i] != null) {
                place("/finalAccounts/threePublic/" + names[i], SectionKind.THREE_PUBLIC, all[i].name());
            }
        }
        return new ThreePublicOutturn(total, abroad, vehicles, purchase, running, reception, meetings, training,
                count(text, "final.three_public.abroad_groups"), count(text, "final.three_public.abroad_trips"),
                count(text, "final.three_public.vehicles_purchased"), count(text, "final.three_public.vehicles_held"),
                count(text, "final.three_public.reception_batches"), count(text, "final.three_public.reception_trips"));
    }

    /**
     * One 三公 item as stated: its label, 年初预算 where given, 决算 and completion rate; for the total
     * also the comparison and its reason, stated after the items.
     */
    private Outturn item(String text, String fact, boolean whole) {
        for (String label : template.phrases(fact)) {
            String l = Pattern.quote(FigureText.compact(label));
            Matcher m = Pattern.compile(l + "(?:财政拨款)?(?:支出)?(?:年初预算(?:数)?为\\s*" + NUMBER + WAN + "[，,]?)?\\s*(?:支出)?决算(?:数)?为\\s*"
                    + NUMBER + WAN + "(?:[，,]\\s*完成(?:年初)?预算的\\s*" + NUMBER + "\\s*[%％])?").matcher(text);
            if (!m.find()) {
                continue;
            }
            OutturnComparison word = null;
            String reason = null;
            if (whole) {
                Matcher c = Pattern.compile("决算数?(大于|小于|等于|高于|低于)预算数?的?主要原因(?:是|为)?[：:]?[ \\t]*([^。\\n]+)|决算数?与预算数?(?:基本)?持平")
                        .matcher(text.substring(m.end()));
                if (c.find()) {
                    word = c.group(1) == null ? OutturnComparison.FLAT : switch (c.group(1)) {
                        case "大于", "高于" -> OutturnComparison.ABOVE;
                        case "小于", "低于" -> OutturnComparison.BELOW;
                        default -> OutturnComparison.EQUAL;
                    };
                    reason = c.group(2) == null ? null : c.group(2).strip();
                }
            }
            return new Outturn(null, label, null, m.group(1) == null ? null : FigureText.wan(m.group(1)), null,
                    FigureText.wan(m.group(2)), m.group(3) == null ? null : new BigDecimal(m.group(3)), word, reason);
        }
        return null;
    }

    /** A count stated after one of the fact's labels (…组团x个, 接待y批次). */
    private Integer count(String text, String fact) {
        for (String label : template.phrases(fact)) {
            Matcher m = Pattern.compile(Pattern.quote(FigureText.compact(label)) + "[^，。；0-9]{0,10}?(?:[0-9]{4}年度?[^，。；0-9]{0,6}?)?([0-9]+)\\s*(?:个|辆|批次|人次|次|人)")
                    .matcher(text);
            if (m.find()) {
                return Integer.valueOf(m.group(1));
            }
        }
        return null;
    }

    /** A section's text as stated, for the statements on the two funds (often: none). */
    private String text(SectionKind kind, String pointer) {
        List<Paragraph> ps = sections.getOrDefault(kind, List.of());
        if (ps.isEmpty()) {
            return null;
        }
        places.put(pointer, ps.get(0).place());
        used.add(kind);
        return String.join("", ps.stream().map(Paragraph::text).toList()).strip();
    }

    /** 预算绩效管理情况: projects tracked and self-evaluated, their amounts, the average score, grades and problems. */
    private SelfEvaluation evaluation() {
        String text = sectionText(SectionKind.PERFORMANCE);
        Integer evaluated = count(text, "final.evaluation.evaluated");
        Integer tracked = count(text, "final.evaluation.tracked");
        if (evaluated == null && tracked == null) {
            return null;
        }
        Matcher score = Pattern.compile("平均(?:得分|分)\\s*" + NUMBER + "\\s*分").matcher(text);
        String sentence = null;
        for (String label : template.phrases("final.evaluation.evaluated")) {
            int at = text.indexOf(FigureText.compact(label));
            if (at >= 0) {
                Matcher end = Pattern.compile("[0-9]分|[。；（(\\n]").matcher(text);
                sentence = end.find(at) ? text.substring(at, end.end()).replaceAll("[（(。；\\n]$", "") : text.substring(at);
                break;
            }
        }
        place("/finalAccounts/evaluation", SectionKind.PERFORMANCE, "绩效");
        return new SelfEvaluation(tracked, amountAfter(text, "final.evaluation.tracked"), evaluated,
                amountAfter(text, "final.evaluation.evaluated"), score.find() ? new BigDecimal(score.group(1)) : null,
                count(text, "final.evaluation.excellent"), count(text, "final.evaluation.good"),
                count(text, "final.evaluation.pass"), count(text, "final.evaluation.fail"),
                count(text, "final.evaluation.problems_found"), count(text, "final.evaluation.problems_corrected"),
                count(text, "final.evaluation.problems_in_correction"), sentence);
    }

    /** The amount (涉及预算金额a万元) stated in the clause after one of the fact's labels. */
    private Amount amountAfter(String text, String fact) {
        for (String label : template.phrases(fact)) {
            int at = text.indexOf(FigureText.compact(label));
            if (at < 0) {
                continue;
            }
            Matcher m = Pattern.compile("^[^；;。]*?金额\\s*" + NUMBER + WAN).matcher(text.substring(at));
            if (m.find()) {
                return FigureText.wan(m.group(1));
            }
        }
        return null;
    }

    /** What 政府采购 awarded small and medium enterprises, each amount in the clause after its label. */
    private SmeAwards sme() {
        String text = sectionText(SectionKind.PROCUREMENT);
        Amount reserved = amountAfter(text, "final.sme.reserved");
        Amount small = amountAfter(text, "final.sme.small_reserved");
        Amount other = amountAfter(text, "final.sme.other");
        if (reserved == null && small == null && other == null) {
            return null;
        }
        place("/finalAccounts/smeAwards", SectionKind.PROCUREMENT, "中小企业");
        return new SmeAwards(reserved, small, other);
    }

    /** Where the income of a line of 收入决算 goes in the overview, by the column its name labels. */
    private static final Map<org.gongkai.model.Column, org.gongkai.model.IncomeSource> SOURCES = Map.of(
            org.gongkai.model.Column.FISCAL_GRANT, org.gongkai.model.IncomeSource.FISCAL_GRANT,
            org.gongkai.model.Column.BUSINESS_INCOME, org.gongkai.model.IncomeSource.BUSINESS,
            org.gongkai.model.Column.BUSINESS_OPERATING_INCOME, org.gongkai.model.IncomeSource.BUSINESS_OPERATING,
            org.gongkai.model.Column.OTHER_INCOME, org.gongkai.model.IncomeSource.OTHER,
            org.gongkai.model.Column.SUBSIDY_FROM_HIGHER_LEVEL, org.gongkai.model.IncomeSource.HIGHER_LEVEL_SUBSIDY,
            org.gongkai.model.Column.INCOME_FROM_SUBORDINATES, org.gongkai.model.IncomeSource.SUBORDINATE_REMITTANCE);

    /**
     * 收入决算情况: 本年收入合计 and the sources the statement gives shares of; the section's text kept as its note
     * when its total is left blank (XXX万元), so that the section is there and its figure is not.
     */
    private org.gongkai.model.Income income(List<Share> shares) {
        Figure total = stated(SectionKind.INCOME, "final.income_total");
        List<org.gongkai.model.IncomeLine> lines = new ArrayList<>();
        for (Share share : shares) {
            Optional<org.gongkai.model.IncomeSource> source = template.column(share.name()).map(SOURCES::get);
            if (source.isPresent() && inSection(SectionKind.INCOME, share.name())) {
                lines.add(new org.gongkai.model.IncomeLine(source.get(), share.name(), Figure.of(share.amount())));
            }
        }
        if (total == null && lines.isEmpty()) {
            return null;
        }
        used.add(SectionKind.INCOME);
        place("/overview/income", SectionKind.INCOME, template.phrases("final.income_total").get(0));
        return new org.gongkai.model.Income(template.phrases("final.income_total").get(0), total, lines,
                blank(total) ? keptText(List.of(SectionKind.INCOME), "/overview/income/note") : null);
    }

    /**
     * 支出决算情况 and 基本支出决算情况: 本年支出合计, 基本支出 and 项目支出, 人员经费 and 公用经费; the sections' text kept
     * as the note when their figures are left blank.
     */
    private org.gongkai.model.Expenditure expenditure(List<Share> shares) {
        Figure total = stated(SectionKind.EXPENDITURE, "final.expenditure_total");
        Figure basic = null;
        Figure project = null;
        for (Share share : shares) {
            Optional<org.gongkai.model.Column> c = template.column(share.name());
            if (c.isPresent() && inSection(SectionKind.EXPENDITURE, share.name())) {
                basic = c.get() == org.gongkai.model.Column.BASIC ? Figure.of(share.amount()) : basic;
                project = c.get() == org.gongkai.model.Column.PROJECT ? Figure.of(share.amount()) : project;
            }
        }
        if (basic == null) {
            basic = stated(SectionKind.BASIC_EXPENDITURE, "final.basic");
        }
        Figure personnel = stated(SectionKind.BASIC_EXPENDITURE, "final.personnel");
        Figure publicCosts = stated(SectionKind.BASIC_EXPENDITURE, "final.public");
        if (total == null && basic == null && project == null && personnel == null) {
            return null;
        }
        List<SectionKind> blankSections = new ArrayList<>();
        if (blank(total)) {
            blankSections.add(SectionKind.EXPENDITURE);
        }
        if (blank(basic) || blank(personnel) || blank(publicCosts)) {
            blankSections.add(SectionKind.BASIC_EXPENDITURE);
        }
        place("/overview/expenditure", SectionKind.EXPENDITURE, template.phrases("final.expenditure_total").get(0));
        return new org.gongkai.model.Expenditure(total, null, List.of(), basic, personnel, publicCosts, project,
                null, List.of(), blankSections.isEmpty() ? null : keptText(blankSections, "/overview/expenditure/note"));
    }

    private static boolean blank(Figure f) {
        return f != null && f.amount() == null;
    }

    /** The text of sections whose figures were left blank, paragraph by paragraph, kept where the pointer says. */
    private String keptText(List<SectionKind> kinds, String pointer) {
        List<String> texts = new ArrayList<>();
        for (SectionKind kind : kinds) {
            List<Paragraph> ps = sections.getOrDefault(kind, List.of());
            if (!ps.isEmpty()) {
                places.putIfAbsent(pointer, ps.get(0).place());
                used.add(kind);
            }
            ps.forEach(p -> texts.add(p.text()));
        }
        return texts.isEmpty() ? null : String.join("\n", texts);
    }

    private boolean inSection(SectionKind kind, String text) {
        return sectionText(kind).contains(text);
    }

    /**
     * The figure stated after one of the fact's labels in the section (label a万元), with no amount when the
     * sentence leaves it blank (label XXX万元); null when the section states no such figure.
     */
    private Figure stated(SectionKind kind, String fact) {
        String text = sectionText(kind);
        for (String label : template.phrases(fact)) {
            Matcher m = Pattern.compile(Pattern.quote(FigureText.compact(label)) + "(?:为|是)?\\s*" + NUMBER_OR_PLACEHOLDER + WAN)
                    .matcher(text);
            if (m.find()) {
                used.add(kind);
                return m.group(1) == null ? new Figure(null, null, null, null) : Figure.of(FigureText.wan(m.group(1)));
            }
        }
        return null;
    }

    /**
     * 三公 as a budget's statement gives them: each item's 决算 with what it did against last year
     * (…决算数比2023年度减少a万元, …支出决算持平) and the reason given; the note is the section's last paragraph.
     */
    private org.gongkai.model.ThreePublicExpenses threePublicAgainstLastYear(ThreePublicOutturn outturn) {
        if (outturn == null) {
            return null;
        }
        String text = sectionText(SectionKind.THREE_PUBLIC);
        List<Paragraph> ps = sections.getOrDefault(SectionKind.THREE_PUBLIC, List.of());
        String note = ps.isEmpty() ? null : ps.get(ps.size() - 1).text();
        place("/threePublic", SectionKind.THREE_PUBLIC, outturn.total() == null ? "三公" : outturn.total().name());
        return new org.gongkai.model.ThreePublicExpenses(lastYear(text, outturn.total()), lastYear(text, outturn.abroad()),
                outturn.vehicles() == null ? null : outturn.vehicles().name(), lastYear(text, outturn.vehicles()),
                lastYear(text, outturn.vehiclePurchase()), lastYear(text, outturn.vehicleRunning()),
                lastYear(text, outturn.reception()), note);
    }

    private static Figure lastYear(String text, Outturn item) {
        if (item == null || item.outturn() == null) {
            return null;
        }
        Matcher m = Pattern.compile(Pattern.quote(item.name()) + "(?:财政拨款)?(?:支出)?决算(?:数)?[^，。；0-9]{0,4}(?:[0-9]{4}年度?)?(?:相比)?[，,]?"
                + "(?:(增加|减少)\\s*" + NUMBER + WAN + "|(持平))").matcher(text);
        if (!m.find()) {
            return new Figure(item.outturn(), null, null, null);
        }
        Change change = m.group(3) != null ? Change.flat()
                : new Change(m.group(1).equals("增加") ? ChangeDirection.INCREASE : ChangeDirection.DECREASE, FigureText.wan(m.group(2)));
        Matcher reason = Pattern.compile(Pattern.quote(item.name()) + "(?:支出)?(?:增加|减少)的主要原因(?:是|为)?[：:]?[ \\t]*([^。\\n]+)").matcher(text);
        return new Figure(item.outturn(), null, change, reason.find() ? reason.group(1).strip() : null);
    }
}
