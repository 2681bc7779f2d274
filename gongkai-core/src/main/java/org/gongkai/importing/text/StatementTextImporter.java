package org.gongkai.importing.text;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongkai.divisions.Divisions;
import org.gongkai.divisions.Placement;
import org.gongkai.importing.ImportResult;
import org.gongkai.importing.Importer;
import org.gongkai.importing.InputProblem;
import org.gongkai.importing.UnusableInputException;
import org.gongkai.model.Amount;
import org.gongkai.model.AssetLine;
import org.gongkai.model.AssetTable;
import org.gongkai.model.Assets;
import org.gongkai.model.BudgetOverview;
import org.gongkai.model.Change;
import org.gongkai.model.ChangeDirection;
import org.gongkai.model.CostItem;
import org.gongkai.model.Department;
import org.gongkai.model.Disclosure;
import org.gongkai.model.DocumentInfo;
import org.gongkai.model.DocumentKind;
import org.gongkai.model.DutyGoal;
import org.gongkai.model.Expenditure;
import org.gongkai.model.Figure;
import org.gongkai.model.GlossaryEntry;
import org.gongkai.model.Goal;
import org.gongkai.model.GovernmentLevel;
import org.gongkai.model.Income;
import org.gongkai.model.IncomeLine;
import org.gongkai.model.IncomeSource;
import org.gongkai.model.MoneyUnit;
import org.gongkai.model.OperatingCosts;
import org.gongkai.model.Organisation;
import org.gongkai.model.OrganisationUnit;
import org.gongkai.model.Performance;
import org.gongkai.model.Procurement;
import org.gongkai.model.ProcurementTable;
import org.gongkai.model.ProjectTarget;
import org.gongkai.model.Region;
import org.gongkai.model.ThreePublicExpenses;

/**
 * Reads a department budget statement (部门预算信息公开情况说明) from the text of its PDF: the
 * sections 一 to 九 of the Hebei county template, their figures in 万元, the performance goals and
 * the project target tables. What it cannot place is reported with its line.
 */
public final class StatementTextImporter implements Importer {

    /** The family whose statements this importer reads: the Hebei county template. */
    public static final String PROFILE = "hebei-county-2020";


    private static final Pattern SECTION = Pattern.compile("^([一二三四五六七八九十]+)、(.+)$");
    private static final String NUMBER = "([0-9]+(?:\\.[0-9]+)?)";

    @Override
    public boolean accepts(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".txt");
    }

    @Override
    public ImportResult read(Path file) {
        return read(decode(file), file.toString(), List.of());
    }

    /**
     * Reads statement text that came from elsewhere (a PDF's text layer): {@code places} gives the
     * place of each line in its source ("page 3, line 12"), where known.
     */
    public ImportResult read(String text, String file, List<String> places) {
        return new Reading(file, lines(text, places)).read();
    }

    private static String decode(Path file) {
        String text;
        try {
            byte[] bytes = Files.readAllBytes(file);
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw UnusableInputException.of(new InputProblem(file.toString(), 0, 0, null,
                    "文件不是 UTF-8 文本 / the file is not UTF-8 text"));
        } catch (IOException e) {
            throw UnusableInputException.of(new InputProblem(file.toString(), 0, 0, null,
                    "无法读取文件 / cannot read the file: " + e.getMessage()));
        }
        return text;
    }

    private static List<TextLine> lines(String text, List<String> places) {
        List<TextLine> lines = new ArrayList<>();
        String[] raw = text.split("\\R", -1);
        for (int i = 0; i < raw.length; i++) {
            String c = Cleaning.clean(raw[i]);
            if (!c.isEmpty()) {
                lines.add(new TextLine(i + 1, c, raw[i].strip().replaceAll("[ \\t\\u3000]+", " "),
                        i < places.size() ? places.get(i) : null));
            }
        }
        return lines;
    }

    /** One reading of one file: the lines, the sections found, what was placed and what was not. */
    private static final class Reading {
        private final String file;
        private final List<TextLine> lines;
        private final Map<String, String> places = new LinkedHashMap<>();
        private final List<ImportResult.Unplaced> unplaced = new ArrayList<>();
        private final boolean[] used;

        Reading(String file, List<TextLine> lines) {
            this.file = file;
            this.lines = lines;
            this.used = new boolean[lines.size()];
        }

        ImportResult read() {
            int firstSection = indexOf(0, l -> SECTION.matcher(l).matches());
            if (firstSection < 0) {
                throw UnusableInputException.of(new InputProblem(file, 0, 0, null,
                        "未找到“一、”“二、”等部分标题，不是部门预算公开说明 / no numbered sections: not a budget statement"));
            }
            String title = join(0, indexOf(0, l -> l.contains("情况说明")) + 1, "");
            int titleEnd = indexOf(0, l -> l.contains("情况说明"));
            if (titleEnd < 0 || titleEnd >= firstSection) {
                throw UnusableInputException.of(new InputProblem(file, lines.get(0).number(), 1, null,
                        "未找到文档标题（…情况说明）/ no document title"));
            }
            Matcher y = Pattern.compile("^(.+?)((?:19|20)[0-9]{2})年").matcher(title);
            if (!y.find()) {
                throw UnusableInputException.of(new InputProblem(file, lines.get(0).number(), 1, null,
                        "标题中没有预算年度 / the title names no fiscal year"));
            }
            String name = y.group(1);
            int year = Integer.parseInt(y.group(2));
            if (!DocumentInfo.isFiscalYear(year)) {
                throw UnusableInputException.of(new InputProblem(file, lines.get(0).number(), 1, null,
                        "标题中的年度 " + year + " 不在 " + DocumentInfo.FIRST_FISCAL_YEAR + "–" + DocumentInfo.LAST_FISCAL_YEAR
                                + " 之间 / the fiscal year " + year + " in the title is outside " + DocumentInfo.FIRST_FISCAL_YEAR + "–"
                                + DocumentInfo.LAST_FISCAL_YEAR));
            }
            markUsed(0, titleEnd + 1);
            places.put("/document/title", lines.get(0).where());
            String preamble = join(titleEnd + 1, firstSection, "");
            markUsed(titleEnd + 1, firstSection);

            Map<String, int[]> sections = sections(firstSection);
            String compiledBy = null;
            LocalDate asOf = null;
            int footer = indexOf(0, l -> l.startsWith("编制部门："));
            if (footer >= 0) {
                Matcher f = Pattern.compile("编制部门：(\\S+)\\s*截止时间：([0-9]{4})年([0-9]{1,2})月([0-9]{1,2})日").matcher(lines.get(footer).text());
                if (f.find()) {
                    compiledBy = f.group(1);
                    asOf = LocalDate.of(Integer.parseInt(f.group(2)), Integer.parseInt(f.group(3)), Integer.parseInt(f.group(4)));
                    used[footer] = true;
                    places.put("/document/dataAsOf", lines.get(footer).where());
                }
            }
            String county = name.contains("县") ? name.substring(0, name.indexOf('县') + 1) : null;
            Divisions divisions = Divisions.standard();
            Placement placement = divisions.locate(name)
                    .or(() -> county == null ? Optional.empty()
                            : divisions.county(county, provinceOf(preamble)).map(divisions::placement))
                    .orElse(null);
            DocumentInfo info = new DocumentInfo(title, DocumentKind.DEPARTMENT_BUDGET, year, PROFILE,
                    MoneyUnit.WAN_YUAN, preamble.isEmpty() ? null : preamble, null, null, asOf, compiledBy);
            Region region = placement != null
                    ? placement.region()
                    : new Region(county != null ? GovernmentLevel.COUNTY : GovernmentLevel.PROVINCE,
                            provinceOf(preamble), null, county, null, null);
            int[] duties = section(sections, "职责");
            List<String> dutyList = duties == null ? List.of() : dutyItems(duties);
            Organisation organisation = duties == null ? null : organisation(duties);
            String code = procurementCode(sections);
            Department department = new Department(name, code, region);
            Disclosure d = new Disclosure(info, department, null, dutyList, organisation,
                    overview(sections, year), operatingCosts(sections), threePublic(sections),
                    performance(sections), procurement(sections), assets(sections, name), glossary(sections),
                    otherMatters(sections), List.of(), List.of());
            for (int i = 0; i < lines.size(); i++) {
                if (!used[i]) {
                    unplaced.add(new ImportResult.Unplaced(lines.get(i).where(), lines.get(i).text(), "未识别 / not recognised"));
                }
            }
            return new ImportResult(d, places, unplaced);
        }

        // ---- sections

        private Map<String, int[]> sections(int from) {
            Map<String, int[]> found = new LinkedHashMap<>();
            String current = null;
            int start = 0;
            for (int i = from; i < lines.size(); i++) {
                Matcher m = SECTION.matcher(lines.get(i).text());
                if (m.matches() && isSectionTitle(m.group(2))) {
                    if (current != null) {
                        found.put(current, new int[] {start, i});
                    }
                    current = m.group(2);
                    start = i + 1;
                    used[i] = true;
                }
            }
            if (current != null) {
                found.put(current, new int[] {start, lines.size()});
            }
            return found;
        }

        private static boolean isSectionTitle(String t) {
            return t.contains("职责") || t.contains("总体情况") || t.contains("机关运行") || t.contains("三公")
                    || t.contains("绩效") || t.contains("政府采购") || t.contains("国有资产") || t.contains("名词解释")
                    || t.contains("其他需说明") || t.contains("机构");
        }

        private static int[] section(Map<String, int[]> sections, String keyword) {
            return sections.entrySet().stream().filter(e -> e.getKey().contains(keyword)).map(Map.Entry::getValue)
                    .findFirst().orElse(null);
        }

        private List<String> dutyItems(int[] s) {
            int from = indexOf(s[0], l -> l.startsWith("部门职责"));
            int to = indexOf(s[0], l -> l.startsWith("机构设置"));
            if (from < 0 || from >= s[1]) {
                return List.of();
            }
            used[from] = true;
            List<String> items = paragraphs(from + 1, to < 0 || to > s[1] ? s[1] : to, "^（[一二三四五六七八九十]+）");
            for (int i = 0; i < items.size(); i++) {
                places.put("/duties/" + i, "section 一");
            }
            return items.stream().map(x -> x.replaceFirst("^（[一二三四五六七八九十]+）", "")).toList();
        }

        private Organisation organisation(int[] s) {
            int header = indexOf(s[0], l -> l.startsWith("单位名称") && l.contains("单位性质"));
            if (header < 0 || header >= s[1]) {
                return null;
            }
            markUsed(indexOf(s[0], l -> l.startsWith("机构设置")), header + 1);
            List<OrganisationUnit> units = new ArrayList<>();
            for (int i = header + 1; i < s[1]; i++) {
                String[] cells = lines.get(i).text().split("\\s+");
                if (cells.length == 4) {
                    units.add(new OrganisationUnit(cells[0], cells[1], cells[2], cells[3]));
                    used[i] = true;
                    places.put("/organisation/units/" + (units.size() - 1), lines.get(i).where());
                }
            }
            int caption = indexOf(s[0], l -> l.equals("部门机构设置情况"));
            if (caption >= 0 && caption < s[1]) {
                used[caption] = true;
            }
            return new Organisation(units, null);
        }

        private BudgetOverview overview(Map<String, int[]> sections, int year) {
            int[] s = section(sections, "总体情况");
            if (s == null) {
                return null;
            }
            int incomeAt = indexOf(s[0], l -> l.matches("^1[、.].*收入.*"));
            int spendingAt = indexOf(s[0], l -> l.matches("^2[、.].*支出.*"));
            int changeAt = indexOf(s[0], l -> l.matches("^3[、.].*增减.*"));
            String introduction = join(s[0], incomeAt < 0 ? s[1] : incomeAt, "");
            markUsed(s[0], incomeAt < 0 ? s[1] : incomeAt);
            Income income = null;
            if (incomeAt >= 0) {
                used[incomeAt] = true;
                String text = join(incomeAt + 1, spendingAt < 0 ? s[1] : spendingAt, "");
                income = income(text, incomeAt + 1, spendingAt < 0 ? s[1] : spendingAt);
            }
            Expenditure expenditure = null;
            String reason = null;
            if (spendingAt >= 0) {
                used[spendingAt] = true;
                int end = changeAt < 0 ? s[1] : changeAt;
                String text = join(spendingAt + 1, end, "");
                String changeText = changeAt < 0 ? "" : join(changeAt + 1, s[1], "");
                if (changeAt >= 0) {
                    used[changeAt] = true;
                }
                expenditure = expenditure(text, changeText, spendingAt + 1, end, changeAt + 1, s[1]);
                Matcher r = Pattern.compile("项目支出(?:增加|减少)" + NUMBER + "万元，(.+)$").matcher(changeText);
                if (r.find()) {
                    reason = r.group(2);
                }
            }
            return new BudgetOverview(introduction.isEmpty() ? null : introduction, income, expenditure, reason);
        }

        private Income income(String text, int from, int to) {
            Matcher m = Pattern.compile("^(.*?)([0-9]{4})年(.+?)" + NUMBER + "万元，其中(.+?)。").matcher(text);
            if (!m.find()) {
                return null;
            }
            markUsed(from, to);
            places.put("/overview/income", lines.get(from).where());
            List<IncomeLine> sources = new ArrayList<>();
            for (String part : m.group(5).split("、")) {
                Matcher p = Pattern.compile("^(.+?)" + NUMBER + "万元$").matcher(part);
                if (p.find()) {
                    sources.add(new IncomeLine(source(p.group(1)), p.group(1), Figure.of(Amount.wan(p.group(2)))));
                }
            }
            String note = m.group(1).isEmpty() ? null : m.group(1);
            return new Income(m.group(3), Figure.of(Amount.wan(m.group(4))), sources, note);
        }

        private static IncomeSource source(String label) {
            if (label.contains("一般公共预算")) {
                return IncomeSource.GENERAL_PUBLIC_BUDGET;
            }
            if (label.contains("基金")) {
                return IncomeSource.GOVERNMENT_FUND;
            }
            if (label.contains("国有资本")) {
                return IncomeSource.STATE_CAPITAL;
            }
            if (label.contains("专户")) {
                return IncomeSource.SPECIAL_ACCOUNT;
            }
            if (label.contains("经营")) {
                return IncomeSource.BUSINESS_OPERATING;
            }
            if (label.contains("事业收入")) {
                return IncomeSource.BUSINESS;
            }
            if (label.contains("上年结转")) {
                return IncomeSource.CARRYOVER;
            }
            if (label.contains("财政拨款")) {
                return IncomeSource.FISCAL_GRANT;
            }
            return IncomeSource.OTHER;
        }

        private Expenditure expenditure(String text, String changeText, int from, int to, int changeFrom, int changeTo) {
            Matcher m = Pattern.compile("^(.*?)([0-9]{4})年支出预算" + NUMBER + "万元，其中基本支出" + NUMBER
                    + "万元（人员经费" + NUMBER + "万元，公用经费" + NUMBER + "万元），项目支出" + NUMBER + "万元(?:（(.+?)）)?。").matcher(text);
            if (!m.find()) {
                return null;
            }
            markUsed(from, to);
            Change total = null;
            Change basic = null;
            Change project = null;
            Matcher c = Pattern.compile("较[0-9]{4}年预算(增加|减少)" + NUMBER + "万元，其中：基本支出(增加|减少)" + NUMBER
                    + "万元，项目支出(增加|减少)" + NUMBER + "万元").matcher(changeText);
            if (c.find()) {
                total = change(c.group(1), c.group(2));
                basic = change(c.group(3), c.group(4));
                project = change(c.group(5), c.group(6));
                markUsed(changeFrom, changeTo);
            }
            places.put("/overview/expenditure", lines.get(from).where());
            return new Expenditure(new Figure(Amount.wan(m.group(3)), null, total, null), null, List.of(),
                    new Figure(Amount.wan(m.group(4)), null, basic, null), Figure.of(Amount.wan(m.group(5))),
                    Figure.of(Amount.wan(m.group(6))), new Figure(Amount.wan(m.group(7)), null, project, null),
                    m.group(8), List.of(), m.group(1).isEmpty() ? null : m.group(1));
        }

        private static Change change(String word, String amount) {
            return new Change(word.equals("增加") ? ChangeDirection.INCREASE : ChangeDirection.DECREASE, Amount.wan(amount));
        }

        private OperatingCosts operatingCosts(Map<String, int[]> sections) {
            int[] s = section(sections, "机关运行");
            if (s == null) {
                return null;
            }
            String text = join(s[0], s[1], "");
            Matcher m = Pattern.compile("机关运行经费安排" + NUMBER + "万元，用于(.+?)。").matcher(text);
            if (!m.find()) {
                return null;
            }
            markUsed(s[0], s[1]);
            List<CostItem> items = new ArrayList<>();
            for (String part : m.group(2).split("[、，,]")) {
                Matcher p = Pattern.compile("^(.+?)" + NUMBER + "万元$").matcher(part);
                if (p.find()) {
                    items.add(new CostItem(p.group(1), economicCode(p.group(1)), Amount.wan(p.group(2))));
                }
            }
            places.put("/operatingCosts", lines.get(s[0]).where());
            return new OperatingCosts(Figure.of(Amount.wan(m.group(1))), items, null);
        }

        private static String economicCode(String item) {
            return switch (item) {
                case "办公费" -> "30201";
                case "印刷费" -> "30202";
                case "水费" -> "30205";
                case "电费" -> "30206";
                case "邮电费" -> "30207";
                case "物业管理费" -> "30209";
                case "差旅费" -> "30211";
                case "维修费", "维修（护）费", "维修(护)费" -> "30213";
                case "会议费" -> "30215";
                case "培训费" -> "30216";
                case "公务接待费" -> "30217";
                case "公务用车运行维护费" -> "30231";
                case "其他交通费", "其他交通费用" -> "30239";
                default -> null;
            };
        }

        private ThreePublicExpenses threePublic(Map<String, int[]> sections) {
            int[] s = section(sections, "三公");
            if (s == null) {
                return null;
            }
            String t = join(s[0], s[1], "");
            Matcher total = Pattern.compile("“三公”经费预算安排" + NUMBER + "万元").matcher(t);
            if (!total.find()) {
                return null;
            }
            markUsed(s[0], s[1]);
            places.put("/threePublic", lines.get(s[0]).where());
            Figure abroad = item(t, "因公出国（境）费");
            Matcher v = Pattern.compile("(公务用车[^0-9（]*?)" + NUMBER + "万元（其中：公务用车购置费" + NUMBER
                    + "万元，公务用车运行费" + NUMBER + "万元[)）]，?([^，,。]*)").matcher(t);
            Figure vehicles = null;
            Figure purchase = null;
            Figure running = null;
            String label = null;
            if (v.find()) {
                label = v.group(1);
                vehicles = new Figure(Amount.wan(v.group(2)), null, changeIn(v.group(5)), null);
                purchase = Figure.of(Amount.wan(v.group(3)));
                running = Figure.of(Amount.wan(v.group(4)));
            }
            Figure reception = item(t, "公务接待费");
            Matcher all = Pattern.compile("“三公”经费比上年(增加|减少)" + NUMBER + "万元[,，]?(?:(?:增加|减少)?主要原因是)?(.*?)$").matcher(t);
            Figure sum = Figure.of(Amount.wan(total.group(1)));
            if (all.find()) {
                String reason = all.group(3).replaceFirst("^[。，,；;\\s]+$", "");
                sum = new Figure(Amount.wan(total.group(1)), null, change(all.group(1), all.group(2)),
                        reason.isEmpty() ? null : reason);
            }
            return new ThreePublicExpenses(sum, abroad, label, vehicles, purchase, running, reception, null);
        }

        /** "因公出国（境）费0万元，与上年比较无增减变化" / "公务接待费0.1万元，与上年减少0.06万元". */
        private static Figure item(String text, String name) {
            Matcher m = Pattern.compile(Pattern.quote(name) + NUMBER + "万元，([^，,。]*)").matcher(text);
            if (!m.find()) {
                return null;
            }
            return new Figure(Amount.wan(m.group(1)), null, changeIn(m.group(2)), null);
        }

        private static Change changeIn(String clause) {
            if (clause == null) {
                return null;
            }
            if (clause.contains("无增减") || clause.contains("持平")) {
                return Change.flat();
            }
            Matcher m = Pattern.compile("(增加|减少)" + NUMBER + "万元").matcher(clause);
            return m.find() ? change(m.group(1), m.group(2)) : null;
        }

        private Performance performance(Map<String, int[]> sections) {
            int[] s = section(sections, "绩效");
            if (s == null) {
                return null;
            }
            int part1 = indexOf(s[0], l -> l.startsWith("第一部分"));
            int overall = indexOf(s[0], l -> l.startsWith("（一）") && l.contains("总体绩效目标"));
            int perDuty = indexOf(s[0], l -> l.startsWith("（二）") && l.contains("分项绩效目标"));
            int measuresAt = indexOf(s[0], l -> l.startsWith("（三）") && l.contains("保障措施"));
            int part2 = indexOf(s[0], l -> l.startsWith("第二部分"));
            int end = part2 < 0 ? s[1] : part2;
            for (int i : new int[] {part1, overall, perDuty, measuresAt, part2}) {
                if (i >= 0) {
                    used[i] = true;
                }
            }
            List<Goal> goals = new ArrayList<>();
            if (overall >= 0) {
                int to = perDuty > 0 ? perDuty : end;
                int i = overall + 1;
                while (i < to) {
                    Matcher h = Pattern.compile("^[0-9]+\\.(.+)$").matcher(lines.get(i).text());
                    if (!h.matches()) {
                        i++;
                        continue;
                    }
                    int next = i + 1;
                    while (next < to && !lines.get(next).text().matches("^[0-9]+\\..+")) {
                        next++;
                    }
                    used[i] = true;
                    goals.add(new Goal(h.group(1), String.join("\n", paragraphs(i + 1, next, null))));
                    i = next;
                }
            }
            List<DutyGoal> duties = new ArrayList<>();
            if (perDuty >= 0) {
                int to = measuresAt > 0 ? measuresAt : end;
                int i = perDuty + 1;
                while (i < to) {
                    int goalAt = indexOf(i, l -> l.startsWith("绩效目标："));
                    int indicatorsAt = indexOf(i, l -> l.startsWith("绩效指标："));
                    if (goalAt < 0 || goalAt >= to || indicatorsAt < 0 || indicatorsAt >= to) {
                        break;
                    }
                    String duty = join(i, goalAt, "").replaceFirst("^[0-9]+、", "");
                    markUsed(i, goalAt);
                    int next = indexOf(indicatorsAt + 1, l -> l.matches("^[0-9]+、.+"));
                    int stop = next < 0 || next > to ? to : next;
                    String goal = join(goalAt, indicatorsAt, "").replaceFirst("^绩效目标：\\s*", "");
                    String indicators = join(indicatorsAt, stop, "").replaceFirst("^绩效指标：\\s*", "");
                    markUsed(goalAt, stop);
                    duties.add(new DutyGoal(duty, goal, indicators));
                    i = stop;
                }
            }
            List<String> measures = new ArrayList<>();
            if (measuresAt >= 0) {
                measures = paragraphs(measuresAt + 1, end, "^[0-9]+、").stream().map(x -> x.replaceFirst("^[0-9]+、", "")).toList();
            }
            List<ProjectTarget> projects = part2 < 0 ? List.of() : new TargetTables(lines, used, places).read(part2 + 1, s[1]);
            return new Performance(goals, duties, measures, projects, null);
        }

        private Procurement procurement(Map<String, int[]> sections) {
            int[] s = section(sections, "政府采购");
            if (s == null) {
                return null;
            }
            String statement = lines.get(s[0]).text();
            used[s[0]] = true;
            int title = indexOf(s[0], l -> l.contains("政府采购预算") && !l.contains("。"));
            String tableTitle = title >= 0 && title < s[1] ? lines.get(title).text() : null;
            boolean empty = statement.contains("空表") || statement.contains("未安排");
            // the flattened empty table: its header words carry no data
            markUsed(s[0], s[1]);
            ProcurementTable table = new ProcurementTable(tableTitle, MoneyUnit.WAN_YUAN, List.of(), empty ? statement : null);
            return new Procurement(statement, null, null, null, null, null, null, table);
        }

        private String procurementCode(Map<String, int[]> sections) {
            int[] s = section(sections, "政府采购");
            if (s == null) {
                return null;
            }
            for (int i = s[0]; i < s[1]; i++) {
                Matcher m = Pattern.compile("^([0-9]{3,})\\s+\\S+\\s+单位：").matcher(lines.get(i).raw());
                if (m.find()) {
                    return m.group(1);
                }
            }
            return null;
        }

        private Assets assets(Map<String, int[]> sections, String name) {
            int[] s = section(sections, "国有资产");
            if (s == null) {
                return null;
            }
            String statement = join(s[0], indexOf(s[0], l -> l.contains("固定资产占用情况表")), "");
            Matcher prior = Pattern.compile("固定资产金额为" + NUMBER + "万元").matcher(statement);
            Matcher planned = Pattern.compile("拟购置固定资产" + NUMBER + "万元").matcher(statement);
            markUsed(s[0], indexOf(s[0], l -> l.contains("固定资产占用情况表")) + 1);
            List<AssetLine> holdings = new ArrayList<>();
            int header = indexOf(s[0], l -> l.startsWith("项目") && l.contains("数量") && l.contains("价值"));
            if (header >= 0) {
                used[header] = true;
                for (int i = header + 1; i < lines.size() && holdings.size() < 12; i++) {
                    AssetLine line = assetLine(lines.get(i).raw());
                    if (line == null) {
                        if (!holdings.isEmpty()) {
                            break;
                        }
                        continue;
                    }
                    used[i] = true;
                    places.put("/assets/table/holdings/" + holdings.size(), lines.get(i).where());
                    holdings.add(line);
                }
            }
            AssetTable table = holdings.isEmpty() ? null : new AssetTable("固定资产占用情况表", MoneyUnit.WAN_YUAN, holdings, List.of());
            return new Assets(statement, prior.find() ? Amount.wan(prior.group(1)) : null,
                    planned.find() ? Amount.wan(planned.group(1)) : null, null, table);
        }

        private static AssetLine assetLine(String text) {
            Matcher m = Pattern.compile("^(.+?)\\s+(——|--|[0-9]+(?:\\.[0-9]+)?)\\s+(——|--|[0-9]+(?:\\.[0-9]+)?)$").matcher(text);
            if (!m.find()) {
                return null;
            }
            String name = Cleaning.clean(m.group(1));
            String category = name.contains("资产总额") ? "total" : name.contains("办公用房") ? "office_buildings"
                    : name.contains("房屋") ? "buildings" : name.contains("车辆") ? "vehicles"
                    : name.contains("设备") ? "equipment_over_threshold" : "other";
            String unit = null;
            Matcher u = Pattern.compile("（([^）]+)）$").matcher(name);
            if (u.find()) {
                unit = u.group(1);
            }
            BigDecimal quantity = m.group(2).startsWith("-") || m.group(2).startsWith("—") ? null : new BigDecimal(m.group(2));
            Amount value = m.group(3).startsWith("-") || m.group(3).startsWith("—") ? null : Amount.wan(m.group(3));
            return new AssetLine(name, category, quantity, unit, value);
        }

        private List<GlossaryEntry> glossary(Map<String, int[]> sections) {
            int[] s = section(sections, "名词解释");
            if (s == null) {
                return List.of();
            }
            List<GlossaryEntry> entries = new ArrayList<>();
            for (int i = s[0]; i < s[1]; i++) {
                if (used[i] || !lines.get(i).text().matches("^[0-9]+、.+?：.*")) {
                    continue;
                }
                int next = i + 1;
                while (next < s[1] && !used[next] && !lines.get(next).text().matches("^[0-9]+、.+?：.*")
                        && !lines.get(next).text().startsWith("编制部门")
                        && !Cleaning.endsParagraph(lines.get(next - 1).text())) {
                    next++;
                }
                String entry = join(i, next, "").replaceFirst("^[0-9]+、", "");
                markUsed(i, next);
                int colon = entry.indexOf('：');
                places.put("/glossary/" + entries.size(), lines.get(i).where());
                entries.add(new GlossaryEntry(entry.substring(0, colon), entry.substring(colon + 1)));
            }
            // the glossary may go on after the asset table the PDF put in its middle
            return entries;
        }

        private String otherMatters(Map<String, int[]> sections) {
            int[] s = section(sections, "其他需说明");
            if (s == null) {
                return null;
            }
            markUsed(s[0], s[1]);
            return join(s[0], s[1], "");
        }

        private static String provinceOf(String preamble) {
            Matcher m = Pattern.compile("《([^》]{2,3}?省)").matcher(preamble);
            return m.find() ? m.group(1) : "未知";
        }

        // ---- lines

        private int indexOf(int from, java.util.function.Predicate<String> test) {
            for (int i = Math.max(0, from); i < lines.size(); i++) {
                if (test.test(lines.get(i).text())) {
                    return i;
                }
            }
            return -1;
        }

        private String join(int from, int to, String separator) {
            StringBuilder s = new StringBuilder();
            for (int i = Math.max(0, from); i < Math.min(to, lines.size()); i++) {
                if (s.length() > 0) {
                    s.append(separator);
                }
                s.append(lines.get(i).text());
            }
            return s.toString();
        }

        private void markUsed(int from, int to) {
            for (int i = Math.max(0, from); i < Math.min(to, lines.size()); i++) {
                used[i] = true;
            }
        }

        /** Paragraphs of a range: a new one starts at a list marker or after a line that ends a sentence. */
        private List<String> paragraphs(int from, int to, String marker) {
            List<String> out = new ArrayList<>();
            StringBuilder p = new StringBuilder();
            Pattern start = marker == null ? null : Pattern.compile(marker);
            for (int i = from; i < to; i++) {
                String t = lines.get(i).text();
                boolean begins = start != null && start.matcher(t).find();
                if (p.length() > 0 && (begins || (start == null && Cleaning.endsParagraph(p.toString())))) {
                    out.add(p.toString());
                    p.setLength(0);
                }
                p.append(t);
                used[i] = true;
            }
            if (p.length() > 0) {
                out.add(p.toString());
            }
            return out;
        }
    }
}
