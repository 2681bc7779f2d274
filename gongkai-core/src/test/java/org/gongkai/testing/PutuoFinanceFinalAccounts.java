package org.gongkai.testing;

import static org.gongkai.model.Column.ABROAD;
import static org.gongkai.model.Column.BASIC;
import static org.gongkai.model.Column.BUSINESS_INCOME;
import static org.gongkai.model.Column.BUSINESS_OPERATING_EXPENDITURE;
import static org.gongkai.model.Column.BUSINESS_OPERATING_INCOME;
import static org.gongkai.model.Column.CLOSING_BALANCE;
import static org.gongkai.model.Column.CURRENT_EXPENDITURE;
import static org.gongkai.model.Column.CURRENT_INCOME;
import static org.gongkai.model.Column.FISCAL_GRANT;
import static org.gongkai.model.Column.GENERAL_PUBLIC_BUDGET;
import static org.gongkai.model.Column.GOVERNMENT_FUND;
import static org.gongkai.model.Column.GRAND_TOTAL;
import static org.gongkai.model.Column.INCOME_FROM_SUBORDINATES;
import static org.gongkai.model.Column.OPENING_BALANCE;
import static org.gongkai.model.Column.OTHER_INCOME;
import static org.gongkai.model.Column.OUTTURN;
import static org.gongkai.model.Column.PERSONNEL;
import static org.gongkai.model.Column.PROJECT;
import static org.gongkai.model.Column.PUBLIC;
import static org.gongkai.model.Column.RECEPTION;
import static org.gongkai.model.Column.REMIT_TO_HIGHER_LEVEL;
import static org.gongkai.model.Column.STATE_CAPITAL;
import static org.gongkai.model.Column.SUBSIDY_FROM_HIGHER_LEVEL;
import static org.gongkai.model.Column.SUBSIDY_TO_SUBORDINATES;
import static org.gongkai.model.Column.TOTAL;
import static org.gongkai.model.Column.VEHICLES;
import static org.gongkai.model.Column.VEHICLE_PURCHASE;
import static org.gongkai.model.Column.VEHICLE_RUNNING;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.gongkai.model.Amount;
import org.gongkai.model.AssetLine;
import org.gongkai.model.AssetTable;
import org.gongkai.model.Assets;
import org.gongkai.model.BudgetOverview;
import org.gongkai.model.BudgetTable;
import org.gongkai.model.Change;
import org.gongkai.model.ChangeDirection;
import org.gongkai.model.Column;
import org.gongkai.model.Department;
import org.gongkai.model.Disclosure;
import org.gongkai.model.DocumentInfo;
import org.gongkai.model.DocumentKind;
import org.gongkai.model.Expenditure;
import org.gongkai.model.Figure;
import org.gongkai.model.FinalAccounts;
import org.gongkai.model.GlossaryEntry;
import org.gongkai.model.GovernmentLevel;
import org.gongkai.model.Income;
import org.gongkai.model.IncomeLine;
import org.gongkai.model.IncomeSource;
import org.gongkai.model.MoneyUnit;
import org.gongkai.model.OperatingCosts;
import org.gongkai.model.Organisation;
import org.gongkai.model.OrganisationUnit;
import org.gongkai.model.Outturn;
import org.gongkai.model.OutturnComparison;
import org.gongkai.model.Performance;
import org.gongkai.model.PerformanceSummary;
import org.gongkai.model.Procurement;
import org.gongkai.model.Region;
import org.gongkai.model.SelfEvaluation;
import org.gongkai.model.Share;
import org.gongkai.model.SmeAwards;
import org.gongkai.model.TableKind;
import org.gongkai.model.TableRow;
import org.gongkai.model.ThreePublicExpenses;
import org.gongkai.model.ThreePublicOutturn;

/**
 * 上海市普陀区财政局2024年度部门决算 ({@code ../shared/corpus/shanghai/putuo-finance-bureau-2024-department-final-accounts.pdf}),
 * built by hand from {@code pdftotext -layout} of the PDF, as published, defects included.
 *
 * <p>How the figures were checked against the PDF text. Every table amount was read off the layout text
 * line by line, and then checked by the arithmetic the table must satisfy (each line: 合计 = Σ columns;
 * each 款 = Σ 项; the 合计 lines), so that a misread figure shows as a difference; the differences that
 * remain (0.01 and 0.02 万元) were looked up again in the text and are the PDF's own. Where the layout text
 * puts a figure on the line above its label (收入决算表, 支出决算表 and 基本支出决算表, whose cells are two lines
 * high) the column was told by the figure's horizontal position under the header, and the 基本支出决算表's
 * left (301/303) and right (302/310) halves by the sums 301 = Σ 301xx, 303 = Σ 303xx, 302 = Σ 302xx,
 * 310 = Σ 310xx and 人员经费合计 = 301 + 303, 公用经费合计 = 302 + 310. The two 0.95 of the 三公 table were placed
 * with {@code pdftotext -bbox}: x = 53.6–72.8 (合计 预算数, header at x = 31.6–64.6) and x = 711.6–730.9
 * (公务接待费 预算数, header at x = 689.6–722.6); every 决算数 cell of that table is blank. The statement's
 * figures, percentages and words were copied from its sentences (第三部分) as printed, including the
 * ones that are wrong: 财政拨款收入支出总计“0.3万元” and 持平, the share 71.73%, 完成预算的0% of items without a
 * budget. The 12 duties are kept by their opening phrase only, the glossary by its terms and first clause.
 */
public final class PutuoFinanceFinalAccounts {

    private static final MoneyUnit WAN = MoneyUnit.WAN_YUAN;
    private static final String REASON_TOTAL = "基本支出中人员进出及退休变化，以及项目支出中合同支付进度条款等原因减少支付";

    private PutuoFinanceFinalAccounts() {}

    /** The document as published. */
    public static Disclosure published() {
        return new Disclosure(document(), department(), null, duties(), organisation(), overview(),
                operatingCosts(), threePublic(), performance(), procurement(), assets(), glossary(), null,
                tables(), List.of(), finalAccounts());
    }

    static Amount wan(String v) {
        return Amount.of(v, WAN);
    }

    private static BigDecimal pct(String v) {
        return new BigDecimal(v);
    }

    /** A table line: code (null where none is printed), name, then column and amount in turn. */
    static TableRow row(String code, String name, Object... cells) {
        Map<Column, Amount> amounts = new EnumMap<>(Column.class);
        for (int i = 0; i < cells.length; i += 2) {
            amounts.put((Column) cells[i], wan((String) cells[i + 1]));
        }
        return new TableRow(code, name, amounts);
    }

    private static BudgetTable table(TableKind kind, String number, List<Column> columns, List<TableRow> incomeRows,
            TableRow incomeTotal, List<TableRow> rows, TableRow total, String note) {
        return new BudgetTable(kind, number, kind.standardTitle(), WAN, columns, incomeRows, incomeTotal, rows, total, note);
    }

    private static DocumentInfo document() {
        return new DocumentInfo("上海市普陀区财政局2024年度部门决算", DocumentKind.DEPARTMENT_FINAL_ACCOUNTS, 2024,
                "national-final-accounts-2024", WAN, null, null, null, null, "上海市普陀区财政局");
    }

    private static Department department() {
        return new Department("上海市普陀区财政局", null,
                new Region(GovernmentLevel.COUNTY, "上海市", null, "普陀区", null, null));
    }

    private static List<String> duties() {
        return List.of(
                "贯彻执行国家和本市有关财政工作的法律、法规、规章和方针、政策；研究拟订本区财政发展战略、规划、政策和改革方案并组织实施。",
                "承担政府各项财政收支管理的责任。",
                "逐步建立全面规范透明、标准科学、约束有力的预算制度。",
                "参与预测本区宏观经济形势，分析财政资金支持经济发展情况。",
                "拟订和组织实施本区行政事业单位国有资产管理规章制度。",
                "全面推进预算和绩效管理一体化改革。",
                "负责本区会计管理工作，监督和规范会计行为。",
                "负责本区暂未划转入税务部门的非税收入管理、政府性基金管理。",
                "拟订和组织实施本区国库管理制度，监督考核预算执行进度和公务卡使用情况。",
                "执行国家和本市债务管理的制度和政策。",
                "负责政府投资项目资金管理。",
                "完成区委、区政府交办的其他任务。");
    }

    private static Organisation organisation() {
        return new Organisation(List.of(
                new OrganisationUnit("上海市普陀区财政局（本级）", null, null, null),
                new OrganisationUnit("上海市普陀区财政局财政所", null, null, "预算不单列，并入本级"),
                new OrganisationUnit("上海市普陀区国库收付中心", null, null, "预算不单列，并入本级")),
                "从预算单位构成看，上海市普陀区财政局部门决算包括：上海市普陀区财政局本级决算、下属行政事业单位决算。");
    }

    private static BudgetOverview overview() {
        Income income = new Income("本年收入合计", Figure.of(wan("2946.25")), List.of(
                new IncomeLine(IncomeSource.FISCAL_GRANT, "财政拨款收入", Figure.of(wan("2940.05"))),
                new IncomeLine(IncomeSource.OTHER, "其他收入", Figure.of(wan("6.2")))), null);
        Expenditure expenditure = new Expenditure(Figure.of(wan("2940.05")), null, List.of(),
                Figure.of(wan("2336.91")), Figure.of(wan("2152.26")), Figure.of(wan("184.65")), Figure.of(wan("603.14")),
                null, List.of(), null);
        return new BudgetOverview(null, income, expenditure, null);
    }

    private static OperatingCosts operatingCosts() {
        return new OperatingCosts(new Figure(wan("184.65"), null, new Change(ChangeDirection.INCREASE, wan("2.55")),
                "优化办公环境、提升照明效率，更换了老旧照明设施，导致相关支出略有增加"), List.of(), null);
    }

    private static ThreePublicExpenses threePublic() {
        Figure none = new Figure(wan("0.00"), null, Change.flat(), null);
        return new ThreePublicExpenses(none, none, "公务用车购置及运行维护费", none, null, null, none,
                "上海市普陀区财政局2024年度无“三公”经费财政拨款支出。");
    }

    private static Performance performance() {
        return new Performance(List.of(), List.of(), List.of(), List.of(),
                new PerformanceSummary(4, wan("598.42"), "编报绩效目标的2024年度项目4个，涉及预算金额598.42万元"));
    }

    private static Procurement procurement() {
        return new Procurement("上海市普陀区财政局2024年度政府采购金额（以合同签订为准）为251.25万元，其中：货物采购金额4.79万元、工程采购金额0万元、服务采购金额246.47万元。",
                Figure.of(wan("251.25")), wan("4.79"), wan("0"), wan("246.47"), wan("246.47"), wan("0"), null);
    }

    private static Assets assets() {
        List<AssetLine> held = new ArrayList<>();
        held.add(new AssetLine("车辆", "车辆", BigDecimal.ZERO, "辆", null));
        for (String kind : List.of("部级领导干部用车", "主要领导干部用车", "机要通信用车", "应急保障用车", "执法执勤用车",
                "特种专业技术用车", "离退休干部用车", "其他用车")) {
            held.add(new AssetLine(kind, "车辆", BigDecimal.ZERO, "辆", null));
        }
        held.add(new AssetLine("单价100万元（含）以上设备（不含车辆）", "设备", BigDecimal.valueOf(2), "台（套）", null));
        return new Assets("截至2024年12月31日，上海市普陀区财政局共有车辆0辆。单价100万元（含）以上设备（不含车辆）2台（套）。",
                null, null, "2024年12月31日", new AssetTable(null, WAN, held, List.of()));
    }

    private static List<GlossaryEntry> glossary() {
        return List.of(
                new GlossaryEntry("财政拨款收入", "指单位本年度从本级财政部门取得的财政拨款。"),
                new GlossaryEntry("事业收入", "指事业单位开展专业业务活动及辅助活动所取得的收入。"),
                new GlossaryEntry("经营收入", "指事业单位在专业业务活动及其辅助活动之外开展非独立核算经营活动取得的收入。"),
                new GlossaryEntry("其他收入", "指除上述“财政拨款收入”“事业收入”“经营收入”等以外的收入。"),
                new GlossaryEntry("年初结转和结余", "指以前年度尚未完成、结转到本年按有关规定继续使用的资金。"),
                new GlossaryEntry("年末结转和结余", "指本年度或以前年度预算安排、因客观条件发生变化无法按原计划实施，需延迟到以后年度按有关规定继续使用的资金。"),
                new GlossaryEntry("基本支出", "指单位为保障机构正常运转、完成日常工作任务而发生的各项支出。"),
                new GlossaryEntry("项目支出", "指单位为完成特定的行政工作任务或事业发展目标，在基本支出之外发生的各项支出。"),
                new GlossaryEntry("经营支出", "指事业单位在专业活动及辅助活动之外开展非独立核算经营活动发生的支出。"),
                new GlossaryEntry("“三公”经费", "指单位使用本级财政拨款安排的因公出国（境）费、公务用车购置及运行维护费和公务接待费。"),
                new GlossaryEntry("机关运行经费", "指行政单位和参照公务员法管理的事业单位使用一般公共预算财政拨款安排的基本支出中的日常公用经费支出。"));
    }

    private static FinalAccounts finalAccounts() {
        List<Share> shares = List.of(
                new Share("财政拨款收入", wan("2940.05"), pct("99.79"), "本年收入合计", wan("2946.25")),
                new Share("其他收入", wan("6.2"), pct("0.21"), "本年收入合计", wan("2946.25")),
                new Share("基本支出", wan("2336.91"), pct("79.49"), "本年支出合计", wan("2940.05")),
                new Share("项目支出", wan("603.14"), pct("20.51"), "本年支出合计", wan("2940.05")),
                new Share("一般公共预算财政拨款支出", wan("2940.05"), pct("100.00"), "本年支出合计", wan("2940.05")),
                new Share("一般公共服务支出（类）", wan("2106.66"), pct("71.73"), "一般公共预算财政拨款支出", wan("2940.05")),
                new Share("社会保障和就业支出（类）", wan("326.72"), pct("11.11"), "一般公共预算财政拨款支出", wan("2940.05")),
                new Share("卫生健康支出（类）", wan("60.99"), pct("2.07"), "一般公共预算财政拨款支出", wan("2940.05")),
                new Share("住房保障支出（类）", wan("445.69"), pct("15.16"), "一般公共预算财政拨款支出", wan("2940.05")));
        String asPlanned = "预算按充分保障预估，实际执行基本贴合预期";
        String asMeasured = "预算按周全保障测算，实际执行基本贴合预期";
        List<Outturn> lines = List.of(
                line("2010601", "一般公共服务支出（类）财政事务（款）行政运行（项）", "局本部人员经费及公用经费等的基本支出", "1560.05", "1511.89",
                        OutturnComparison.BELOW, "人员进出及退休变化，减少人员经费开支"),
                line("2010602", "一般公共服务支出（类）财政事务（款）一般行政管理事务（项）", "局财政业务指导与宣传等基本支出", "10.00", "10.00",
                        OutturnComparison.FLAT, null),
                line("2010607", "一般公共服务支出（类）财政事务（款）信息化建设（项）", "信息化系统日常维护费等支出", "135.90", "135.25",
                        OutturnComparison.BELOW, "因产业政策扶持资金管理系统项目进度，调减相关经费"),
                line("2010608", "一般公共服务支出（类）财政事务（款）财政委托业务支出（项）", "委托中介机构开展各类审计及绩效评价工作", "450.52", "449.52",
                        OutturnComparison.BELOW, "因个别项目评审费未能实施或未来得及支付完毕，于明年重新申请"),
                line("2080501", "社会保障和就业支出（类）行政事业单位养老支出（款）行政单位离退休（项）", "退休人员经费支出", "85.55", "84.65",
                        OutturnComparison.BELOW, asPlanned),
                line("2080505", "社会保障和就业支出（类）行政事业单位养老支出（款）机关事业单位基本养老保险缴费支出（项）", "在职人员的基本养老保险支出",
                        "161.62", "160.75", OutturnComparison.BELOW, asPlanned),
                line("2080506", "社会保障和就业支出（类）行政事业单位养老支出（款）机关事业单位职业年金缴费支出（项）", "在职人员的职业年金缴费支出",
                        "80.81", "80.38", OutturnComparison.BELOW, asMeasured),
                line("2080599", "社会保障和就业支出（类）行政事业单位养老支出（款）其他行政事业单位养老支出（项）", "退休人员经费支出", "0.94", "0.94",
                        OutturnComparison.FLAT, null),
                line("2101101", "卫生健康支出（类）行政事业单位医疗（款）行政单位医疗（项）", "在职人员基本医疗保险费", "62.29", "60.99",
                        OutturnComparison.BELOW, asMeasured),
                line("2210201", "住房保障支出（类）住房改革支出（款）住房公积金（项）", "缴纳在职人员住房公积金", "187.75", "187.19",
                        OutturnComparison.BELOW, asMeasured),
                line("2210203", "住房保障支出（类）住房改革支出（款）购房补贴（项）", "缴纳在职人员住房购房补贴", "258.50", "258.50",
                        OutturnComparison.FLAT, null));
        Outturn whole = new Outturn(null, "一般公共预算财政拨款支出", null, wan("2993.92"), null, wan("2940.05"), pct("98.20"),
                OutturnComparison.BELOW, "因年度工作计划安排，个别信息化项目和中介机构服务调减");
        ThreePublicOutturn threePublic = new ThreePublicOutturn(
                new Outturn(null, "“三公”经费财政拨款支出", null, wan("0.95"), null, wan("0.00"), pct("0"), OutturnComparison.BELOW,
                        "当年度无“三公”经费支出"),
                item("因公出国（境）费"), item("公务用车购置及运行维护费"), null, null, item("公务接待费"), null, null,
                null, null, null, null, null, null);
        SelfEvaluation evaluation = new SelfEvaluation(4, wan("598.42"), 4, wan("598.42"), new BigDecimal("99.43"),
                4, 0, 0, 0, 0, 0, 0,
                "绩效自评的2024年度项目4个，涉及预算金额598.42万元，平均得分99.43分");
        return new FinalAccounts(
                new Figure(wan("2995.39"), null, new Change(ChangeDirection.DECREASE, wan("56.95")), REASON_TOTAL),
                shares,
                new Figure(wan("0.3"), null, Change.flat(), REASON_TOTAL),
                new Figure(wan("2940.05"), null, new Change(ChangeDirection.DECREASE, wan("63.14")), REASON_TOTAL),
                whole, lines,
                List.of("基本工资", "津贴补贴", "机关事业单位基本养老保险缴费", "职业年金缴费", "职工基本医疗保险缴费", "其他社会保障缴费",
                        "住房公积金", "其他工资福利支出", "退休费", "个人农业生产补贴"),
                List.of("办公费", "印刷费", "手续费", "邮电费", "差旅费", "维修（护）费", "培训费", "劳务费", "工会经费", "福利费",
                        "其他交通费用", "其他商品和服务支出", "办公设备购置"),
                threePublic,
                "上海市普陀区财政局2024年度无政府性基金预算财政拨款收入和支出。",
                "上海市普陀区财政局2024年度无国有资本经营预算财政拨款收入和支出。",
                evaluation, new SmeAwards(wan("246.47"), wan("0"), wan("4.79")));
    }

    private static Outturn line(String code, String name, String purpose, String budget, String outturn,
            OutturnComparison comparison, String reason) {
        return new Outturn(code, name, purpose, wan(budget), null, wan(outturn), null, comparison, reason);
    }

    /** A 三公 item as the statement gives it: 决算为0.00万元，完成预算的0%, its 预算 not stated. */
    private static Outturn item(String name) {
        return new Outturn(null, name, null, null, null, wan("0.00"), pct("0"), null, null);
    }

    private static List<BudgetTable> tables() {
        return List.of(summary(), income(), expenditure(), fiscalGrants(), generalBudget(), basic(), threePublicTable(),
                emptyFund(TableKind.FINAL_GOVERNMENT_FUND, "8", "注：上海市普陀区财政局无政府性基金预算财政拨款支出，故本表无数据。"),
                emptyFund(TableKind.FINAL_STATE_CAPITAL, "9", "注：上海市普陀区财政局无国有资本经营预算财政拨款支出，故本表无数据。"));
    }

    private static final String[] FUNCTIONS = {"一般公共服务支出", "外交支出", "国防支出", "公共安全支出", "教育支出",
        "科学技术支出", "文化旅游体育与传媒支出", "社会保障和就业支出", "卫生健康支出", "节能环保支出", "城乡社区支出",
        "农林水支出", "交通运输支出", "资源勘探工业信息等支出", "商业服务业等支出", "金融支出", "援助其他地区支出",
        "自然资源海洋气象等支出", "住房保障支出", "粮油物资储备支出", "国有资本经营预算支出", "灾害防治及应急管理支出",
        "其他支出", "债务还本支出", "债务付息支出", "抗疫特别国债安排的支出"};
    private static final String[] NUMBERS = {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二",
        "十三", "十四", "十五", "十六", "十七", "十八", "十九", "二十", "二十一", "二十二", "二十三", "二十四", "二十五", "二十六"};

    /** The 类 lines of the two summaries, numbered as printed; {@code values} gives the cells of the lines with data. */
    private static List<TableRow> functionLines(Map<String, Object[]> values) {
        List<TableRow> rows = new ArrayList<>();
        for (int i = 0; i < FUNCTIONS.length; i++) {
            rows.add(row(null, NUMBERS[i] + "、" + FUNCTIONS[i], values.getOrDefault(FUNCTIONS[i], new Object[0])));
        }
        return rows;
    }

    /** 一、收入支出决算总表. */
    private static BudgetTable summary() {
        List<TableRow> income = List.of(
                row(null, "一、一般公共预算财政拨款收入", OUTTURN, "2940.05"),
                row(null, "二、政府性基金预算财政拨款收入"),
                row(null, "三、国有资本经营预算财政拨款收入"),
                row(null, "四、上级补助收入"),
                row(null, "五、事业收入"),
                row(null, "六、经营收入"),
                row(null, "七、附属单位上缴收入"),
                row(null, "八、其他收入", OUTTURN, "6.20"));
        List<TableRow> spending = functionLines(Map.of(
                "一般公共服务支出", new Object[] {OUTTURN, "2106.66"},
                "社会保障和就业支出", new Object[] {OUTTURN, "326.71"},
                "卫生健康支出", new Object[] {OUTTURN, "60.99"},
                "住房保障支出", new Object[] {OUTTURN, "445.69"}));
        return table(TableKind.FINAL_INCOME_EXPENDITURE_SUMMARY, "1", List.of(OUTTURN), income,
                row(null, "总计", CURRENT_INCOME, "2946.25", OPENING_BALANCE, "49.14", GRAND_TOTAL, "2995.39"),
                spending,
                row(null, "总计", CURRENT_EXPENDITURE, "2940.05", CLOSING_BALANCE, "55.34", GRAND_TOTAL, "2995.39"),
                "本表反映部门本年度的总收支和年末结转结余情况。");
    }

    /** 二、收入决算表. */
    private static BudgetTable income() {
        return table(TableKind.FINAL_INCOME, "2",
                List.of(TOTAL, FISCAL_GRANT, SUBSIDY_FROM_HIGHER_LEVEL, BUSINESS_INCOME, BUSINESS_OPERATING_INCOME,
                        INCOME_FROM_SUBORDINATES, OTHER_INCOME),
                List.of(), null,
                List.of(
                        row("201", "一般公共服务支出", TOTAL, "2112.86", FISCAL_GRANT, "2106.66", OTHER_INCOME, "6.20"),
                        row("20106", "财政事务", TOTAL, "2112.86", FISCAL_GRANT, "2106.66", OTHER_INCOME, "6.20"),
                        row("2010601", "行政运行", TOTAL, "1511.90", FISCAL_GRANT, "1511.89", OTHER_INCOME, "0.01"),
                        row("2010602", "一般行政管理事务", TOTAL, "16.19", FISCAL_GRANT, "10.00", OTHER_INCOME, "6.19"),
                        row("2010607", "信息化建设", TOTAL, "135.25", FISCAL_GRANT, "135.25"),
                        row("2010608", "财政委托业务支出", TOTAL, "449.52", FISCAL_GRANT, "449.52"),
                        row("208", "社会保障和就业支出", TOTAL, "326.72", FISCAL_GRANT, "326.72"),
                        row("20805", "行政事业单位养老支出", TOTAL, "326.72", FISCAL_GRANT, "326.72"),
                        row("2080501", "行政单位离退休", TOTAL, "84.65", FISCAL_GRANT, "84.65"),
                        row("2080505", "机关事业单位基本养老保险缴费支出", TOTAL, "160.75", FISCAL_GRANT, "160.75"),
                        row("2080506", "机关事业单位职业年金缴费支出", TOTAL, "80.38", FISCAL_GRANT, "80.38"),
                        row("2080599", "其他行政事业单位养老支出", TOTAL, "0.94", FISCAL_GRANT, "0.94"),
                        row("210", "卫生健康支出", TOTAL, "60.99", FISCAL_GRANT, "60.99"),
                        row("21011", "行政事业单位医疗", TOTAL, "60.99", FISCAL_GRANT, "60.99"),
                        row("2101101", "行政单位医疗", TOTAL, "60.99", FISCAL_GRANT, "60.99"),
                        row("221", "住房保障支出", TOTAL, "445.69", FISCAL_GRANT, "445.69"),
                        row("22102", "住房改革支出", TOTAL, "445.69", FISCAL_GRANT, "445.69"),
                        row("2210201", "住房公积金", TOTAL, "187.19", FISCAL_GRANT, "187.19"),
                        row("2210203", "购房补贴", TOTAL, "258.50", FISCAL_GRANT, "258.50")),
                row(null, "合计", TOTAL, "2946.25", FISCAL_GRANT, "2940.05", OTHER_INCOME, "6.20"),
                null);
    }

    /** The lines of 支出决算表 and 一般公共预算财政拨款支出决算表, the same in this document. */
    private static List<TableRow> spendingLines() {
        return List.of(
                row("201", "一般公共服务支出", TOTAL, "2106.66", BASIC, "1503.52", PROJECT, "603.14"),
                row("20106", "财政事务", TOTAL, "2106.66", BASIC, "1503.52", PROJECT, "603.14"),
                row("2010601", "行政运行", TOTAL, "1511.89", BASIC, "1503.52", PROJECT, "8.37"),
                row("2010602", "一般行政管理事务", TOTAL, "10.00", PROJECT, "10.00"),
                row("2010607", "信息化建设", TOTAL, "135.25", PROJECT, "135.25"),
                row("2010608", "财政委托业务支出", TOTAL, "449.52", PROJECT, "449.52"),
                row("208", "社会保障和就业支出", TOTAL, "326.72", BASIC, "326.72"),
                row("20805", "行政事业单位养老支出", TOTAL, "326.72", BASIC, "326.72"),
                row("2080501", "行政单位离退休", TOTAL, "84.65", BASIC, "84.65"),
                row("2080505", "机关事业单位基本养老保险缴费支出", TOTAL, "160.75", BASIC, "160.75"),
                row("2080506", "机关事业单位职业年金缴费支出", TOTAL, "80.38", BASIC, "80.38"),
                row("2080599", "其他行政事业单位养老支出", TOTAL, "0.94", BASIC, "0.94"),
                row("210", "卫生健康支出", TOTAL, "60.99", BASIC, "60.99"),
                row("21011", "行政事业单位医疗", TOTAL, "60.99", BASIC, "60.99"),
                row("2101101", "行政单位医疗", TOTAL, "60.99", BASIC, "60.99"),
                row("221", "住房保障支出", TOTAL, "445.69", BASIC, "445.69"),
                row("22102", "住房改革支出", TOTAL, "445.69", BASIC, "445.69"),
                row("2210201", "住房公积金", TOTAL, "187.19", BASIC, "187.19"),
                row("2210203", "购房补贴", TOTAL, "258.50", BASIC, "258.50"));
    }

    /** 三、支出决算表. */
    private static BudgetTable expenditure() {
        return table(TableKind.FINAL_EXPENDITURE, "3",
                List.of(TOTAL, BASIC, PROJECT, REMIT_TO_HIGHER_LEVEL, BUSINESS_OPERATING_EXPENDITURE, SUBSIDY_TO_SUBORDINATES),
                List.of(), null, spendingLines(),
                row(null, "合计", TOTAL, "2940.05", BASIC, "2336.91", PROJECT, "603.14"), null);
    }

    /**
     * 四、财政拨款收入支出决算总表: each fund's account on the income side, the 类 by fund on the other, each side's
     * closing lines on its total row.
     */
    private static BudgetTable fiscalGrants() {
        List<TableRow> funds = List.of(
                row(null, "一、一般公共预算财政拨款", CURRENT_INCOME, "2940.05", OPENING_BALANCE, "21.63",
                        CURRENT_EXPENDITURE, "2940.05", CLOSING_BALANCE, "21.63"),
                row(null, "二、政府性基金预算财政拨款"),
                row(null, "三、国有资本经营预算财政拨款"));
        List<TableRow> spending = functionLines(Map.of(
                "一般公共服务支出", new Object[] {TOTAL, "2106.66", GENERAL_PUBLIC_BUDGET, "2106.66"},
                "社会保障和就业支出", new Object[] {TOTAL, "326.71", GENERAL_PUBLIC_BUDGET, "326.71"},
                "卫生健康支出", new Object[] {TOTAL, "60.99", GENERAL_PUBLIC_BUDGET, "60.99"},
                "住房保障支出", new Object[] {TOTAL, "445.69", GENERAL_PUBLIC_BUDGET, "445.69"}));
        return table(TableKind.FINAL_FISCAL_GRANT_SUMMARY, "4", List.of(TOTAL, GENERAL_PUBLIC_BUDGET, GOVERNMENT_FUND, STATE_CAPITAL),
                funds,
                row(null, "总计", CURRENT_INCOME, "2940.05", OPENING_BALANCE, "21.63", GRAND_TOTAL, "2961.68"),
                spending,
                row(null, "本年支出合计", TOTAL, "2940.05", GENERAL_PUBLIC_BUDGET, "2940.05", CLOSING_BALANCE, "21.63",
                        GRAND_TOTAL, "2961.68"),
                "本表反映部门本年度财政拨款总收支和结转结余情况。");
    }

    /** 五、一般公共预算财政拨款支出决算表. */
    private static BudgetTable generalBudget() {
        return table(TableKind.FINAL_GENERAL_BUDGET_EXPENDITURE, "5", List.of(TOTAL, BASIC, PROJECT), List.of(), null,
                spendingLines(), row(null, "合计", TOTAL, "2940.05", BASIC, "2336.91", PROJECT, "603.14"), null);
    }

    /** 六、一般公共预算财政拨款基本支出决算表: the lines with figures (the blank ones of the template left out). */
    private static BudgetTable basic() {
        List<TableRow> rows = List.of(
                row("301", "工资福利支出", OUTTURN, "2082.85"),
                row("30101", "基本工资", OUTTURN, "262.33"),
                row("30102", "津贴补贴", OUTTURN, "1238.58"),
                row("30108", "机关事业单位基本养老保险缴费", OUTTURN, "160.75"),
                row("30109", "职业年金缴费", OUTTURN, "80.38"),
                row("30110", "职工基本医疗保险缴费", OUTTURN, "60.99"),
                row("30112", "其他社会保障缴费", OUTTURN, "1.61"),
                row("30113", "住房公积金", OUTTURN, "187.19"),
                row("30199", "其他工资福利支出", OUTTURN, "91.03"),
                row("303", "对个人和家庭的补助", OUTTURN, "69.41"),
                row("30302", "退休费", OUTTURN, "69.10"),
                row("30309", "奖励金", OUTTURN, "0.31"),
                row("302", "商品和服务支出", OUTTURN, "171.07"),
                row("30201", "办公费", OUTTURN, "21.21"),
                row("30202", "印刷费", OUTTURN, "7.61"),
                row("30204", "手续费", OUTTURN, "0.09"),
                row("30207", "邮电费", OUTTURN, "4.88"),
                row("30211", "差旅费", OUTTURN, "1.20"),
                row("30213", "维修（护）费", OUTTURN, "2.83"),
                row("30216", "培训费", OUTTURN, "4.05"),
                row("30226", "劳务费", OUTTURN, "2.01"),
                row("30228", "工会经费", OUTTURN, "24.42"),
                row("30229", "福利费", OUTTURN, "42.77"),
                row("30239", "其他交通费用", OUTTURN, "48.49"),
                row("30299", "其他商品和服务支出", OUTTURN, "11.53"),
                row("310", "资本性支出", OUTTURN, "13.58"),
                row("31002", "办公设备购置", OUTTURN, "13.58"));
        return table(TableKind.FINAL_GENERAL_BUDGET_BASIC_EXPENDITURE, "6", List.of(OUTTURN), List.of(), null, rows,
                row(null, "人员经费合计 / 公用经费合计", PERSONNEL, "2152.26", PUBLIC, "184.65"), null);
    }

    /** 七、财政拨款“三公”经费支出决算表: a 预算数 line and a 决算数 line (all blank). */
    private static BudgetTable threePublicTable() {
        return table(TableKind.FINAL_THREE_PUBLIC, "7", List.of(TOTAL, ABROAD, VEHICLES, VEHICLE_PURCHASE, VEHICLE_RUNNING, RECEPTION),
                List.of(), null,
                List.of(row(null, "预算数", TOTAL, "0.95", RECEPTION, "0.95"), row(null, "决算数")),
                null, null);
    }

    private static BudgetTable emptyFund(TableKind kind, String number, String note) {
        return table(kind, number, List.of(OPENING_BALANCE, CURRENT_INCOME, CURRENT_EXPENDITURE, BASIC, PROJECT, CLOSING_BALANCE),
                List.of(), null, List.of(), null, note);
    }
}
