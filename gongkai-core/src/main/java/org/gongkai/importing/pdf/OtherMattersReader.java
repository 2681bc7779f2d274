package org.gongkai.importing.pdf;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongkai.importing.ImportResult.Unplaced;
import org.gongkai.model.Amount;
import org.gongkai.model.AssetLine;
import org.gongkai.model.AssetTable;
import org.gongkai.model.Assets;
import org.gongkai.model.Figure;
import org.gongkai.model.MoneyUnit;
import org.gongkai.model.OperatingCosts;
import org.gongkai.model.Performance;
import org.gongkai.model.PerformanceSummary;
import org.gongkai.model.Procurement;
import org.gongkai.model.ThreePublicExpenses;

/**
 * The sections 其他相关情况说明 (一、“三公”经费 二、机关运行经费 三、政府采购 四、绩效目标 五、国有资产,
 * each a heading paragraph and its prose) and 项目经费情况说明 (headed paragraphs 一、项目概况 …).
 */
final class OtherMattersReader {

    private static final Pattern HEADING = Pattern.compile("^[一二三四五六七八九十]+、(.+)$");
    /** The number of projects with targets: 项目共12个, 共0个项目实行绩效目标管理. */
    private static final Pattern PROJECT_COUNT = Pattern.compile("项目(?:共)?([0-9]+)个|共([0-9]+)个项目");
    private static final Pattern AS_OF = Pattern.compile("截至[0-9]{4}年[0-9]{1,2}月[0-9]{1,2}日");
    /** Equipment over a unit price, as printed: 单价100万元（含）以上设备（不含车辆）, 单价20万元（含）以上的设备. */
    private static final Pattern EQUIPMENT = Pattern.compile("(单价[0-9]+万元（含）以上的?设备(?:（不含车辆）)?)([0-9]+)台（套）");
    private static final String[][] VEHICLES = {
        {"车辆", "vehicles"},
        {"一般公务用车", "vehicles_general"},
        {"部级领导干部用车", "vehicles_ministerial"},
        {"主要领导干部用车", "vehicles_principal_leaders"},
        {"机要通信用车", "vehicles_confidential_communication"},
        {"应急保障用车", "vehicles_emergency"},
        {"执法执勤用车", "vehicles_law_enforcement"},
        {"特种专业技术用车", "vehicles_special_technical"},
        {"离退休干部用车", "vehicles_retired_cadres"},
        {"其他用车", "vehicles_other"},
    };

    ThreePublicExpenses threePublic;
    OperatingCosts operatingCosts;
    Procurement procurement;
    Performance performance;
    Assets assets;

    private final Function<String, List<String>> phrases;

    private OtherMattersReader(Function<String, List<String>> phrases) {
        this.phrases = phrases;
    }

    static OtherMattersReader read(Section s, Map<String, String> places, List<Unplaced> unplaced,
            Function<String, List<String>> phrases) {
        OtherMattersReader r = new OtherMattersReader(phrases);
        r.add(s, places, unplaced);
        return r;
    }

    /** A reader started from one part printed as a section of its own (九、“三公”经费…支出预算). */
    static OtherMattersReader part(Section s, Map<String, String> places, List<Unplaced> unplaced,
            Function<String, List<String>> phrases) {
        OtherMattersReader r = new OtherMattersReader(phrases);
        r.addPart(s, places, unplaced);
        return r;
    }

    /** One more part printed as a section of its own: its heading is the section's. */
    void addPart(Section s, Map<String, String> places, List<Unplaced> unplaced) {
        Paragraph heading = s.heading().map(h -> new Paragraph(List.of(h))).orElse(null);
        part(heading, s.paragraphs(), places, unplaced);
    }

    /** One more section of several parts. */
    void add(Section s, Map<String, String> places, List<Unplaced> unplaced) {
        List<Paragraph> body = new ArrayList<>();
        Paragraph heading = null;
        for (Paragraph p : s.paragraphs()) {
            if (HEADING.matcher(p.text()).matches() && !p.text().endsWith("。")) {
                part(heading, body, places, unplaced);
                heading = p;
                body = new ArrayList<>();
            } else {
                body.add(p);
            }
        }
        part(heading, body, places, unplaced);
    }

    private void part(Paragraph heading, List<Paragraph> body, Map<String, String> places, List<Unplaced> unplaced) {
        if (heading == null) {
            body.forEach(p -> p.report(unplaced, "text before the first part of 其他相关情况说明"));
            return;
        }
        String h = heading.text();
        String text = String.join("", body.stream().map(Paragraph::text).toList());
        String note = String.join("\n", body.stream().map(Paragraph::text).toList());
        String place = body.isEmpty() ? heading.place() : body.get(0).place();
        boolean placed = false;
        if (h.contains("三公") && threePublic == null) {
            Optional<Figure> total = FigureText.find(text, phrases.apply("three_public.total"));
            Optional<Figure> abroad = FigureText.find(text, phrases.apply("three_public.abroad"));
            Optional<Figure> vehicles = FigureText.find(text, phrases.apply("three_public.vehicles"));
            Optional<Figure> reception = FigureText.find(text, phrases.apply("three_public.reception"));
            if (total.isPresent() || abroad.isPresent() || vehicles.isPresent() || reception.isPresent()) {
                threePublic = new ThreePublicExpenses(total.orElse(null), abroad.orElse(null),
                        vehicles.isEmpty() ? null : "公务用车购置及运行费", vehicles.orElse(null),
                        FigureText.find(text, phrases.apply("three_public.vehicle_purchase")).orElse(null),
                        FigureText.find(text, phrases.apply("three_public.vehicle_running")).orElse(null),
                        reception.orElse(null), note);
                places.put("/threePublic", place);
                placed = true;
            }
        } else if (h.contains("机关运行经费") && operatingCosts == null) {
            // the amount with what the sentence says of last year (与上年相比增加62.7万元…主要原因是…), else the amount alone
            Optional<Figure> total = StatedFigure.find(text, phrases.apply("operating_costs.total")).map(StatedFigure.Stated::figure)
                    .or(() -> FigureText.amount(text, phrases.apply("operating_costs.total")).map(Figure::of));
            if (total.isPresent()) {
                operatingCosts = new OperatingCosts(total.get(), List.of(), note);
                places.put("/operatingCosts", place);
                placed = true;
            }
        } else if (h.contains("政府采购") && procurement == null) {
            Optional<Amount> total = FigureText.amount(text, phrases.apply("procurement.total"));
            if (total.isPresent()) {
                procurement = new Procurement(note, Figure.of(total.get()),
                        FigureText.amount(text, phrases.apply("procurement.goods")).orElse(null),
                        FigureText.amount(text, phrases.apply("procurement.works")).orElse(null),
                        FigureText.amount(text, phrases.apply("procurement.services")).orElse(null),
                        FigureText.amount(text, phrases.apply("procurement.reserved")).orElse(null),
                        FigureText.amount(text, phrases.apply("procurement.reserved_small")).orElse(null), null);
                places.put("/procurement", place);
                placed = true;
            }
        } else if (h.contains("绩效") && performance == null) {
            Matcher count = PROJECT_COUNT.matcher(FigureText.compact(text));
            Optional<Amount> amount = FigureText.amount(text, phrases.apply("performance.projects_amount"));
            if (count.find() || amount.isPresent()) {
                Integer n = count.find(0) ? Integer.valueOf(count.group(1) != null ? count.group(1) : count.group(2)) : null;
                performance = new Performance(List.of(), List.of(), List.of(), List.of(),
                        new PerformanceSummary(n, amount.orElse(null), note));
                places.put("/performance/summary", place);
                placed = true;
            }
        } else if (h.contains("国有资产") && assets == null) {
            assets = assets(body, note, places);
            placed = assets != null;
        }
        if (!placed && !text.isBlank()) {
            placed = keepText(h, note, place);
            if (placed) {
                places.put("/" + pointerOf(h), place);
                unplaced.add(new Unplaced(heading.place(), h,
                        "本部分的数字未能读出，仅保留文字 / the figures of this part were not read; its text is kept"));
            }
        }
        if (placed) {
            places.putIfAbsent("/" + pointerOf(h), heading.place());
        } else {
            heading.report(unplaced, "part of 其他相关情况说明 not understood");
            body.forEach(p -> p.report(unplaced, "part of 其他相关情况说明 not understood"));
        }
    }

    /**
     * A part found by its heading whose figures are worded in a way not read: its text is kept, so
     * that the part is present and its figures are unknown (the rules say they could not check them).
     */
    private boolean keepText(String h, String note, String place) {
        if (h.contains("三公") && threePublic == null) {
            threePublic = new ThreePublicExpenses(null, null, null, null, null, null, null, note);
        } else if (h.contains("机关运行经费") && operatingCosts == null) {
            operatingCosts = new OperatingCosts(null, List.of(), note);
        } else if (h.contains("政府采购") && procurement == null) {
            procurement = new Procurement(note, null, null, null, null, null, null, null);
        } else if (h.contains("绩效") && performance == null) {
            performance = new Performance(List.of(), List.of(), List.of(), List.of(), new PerformanceSummary(null, null, note));
        } else if (h.contains("国有资产") && assets == null) {
            assets = new Assets(note, null, null, null, null);
        } else {
            return false;
        }
        return true;
    }

    private static String pointerOf(String heading) {
        return heading.contains("三公") ? "threePublic/note" : heading.contains("机关运行") ? "operatingCosts/note"
                : heading.contains("采购") ? "procurement/statement" : heading.contains("绩效") ? "performance/summary/text"
                : "assets/statement";
    }

    private static Assets assets(List<Paragraph> body, String statement, Map<String, String> places) {
        List<AssetLine> holdings = List.of();
        List<AssetLine> planned = List.of();
        String asOf = null;
        for (Paragraph p : body) {
            String t = p.text();
            Matcher a = AS_OF.matcher(t);
            if (holdings.isEmpty() && t.contains("共有") && !counts(t.substring(t.indexOf("共有"))).isEmpty()) {
                // the date of the position, where printed (截至…); a statement that gives none keeps none
                asOf = a.find() ? a.group() : null;
                holdings = counts(t.substring(t.indexOf("共有")));
                if (asOf != null) {
                    places.put("/assets/asOf", p.place());
                }
                places.put("/assets/table/holdings", p.place());
            } else if (t.contains("安排购置")) {
                planned = counts(t.substring(t.indexOf("安排购置")));
                places.put("/assets/table/planned", p.place());
            }
        }
        if (holdings.isEmpty() && planned.isEmpty()) {
            return null;
        }
        places.put("/assets/statement", body.get(0).place());
        return new Assets(statement, null, null, asOf, new AssetTable(null, MoneyUnit.WAN_YUAN, holdings, planned));
    }

    /** The vehicle counts by category and the count of equipment over 100万元, as the sentence states them. */
    private static List<AssetLine> counts(String printed) {
        String t = FigureText.compact(printed);
        List<AssetLine> lines = new ArrayList<>();
        for (String[] v : VEHICLES) {
            Matcher m = Pattern.compile(Pattern.quote(v[0]) + "([0-9]+)辆").matcher(t);
            if (m.find()) {
                lines.add(new AssetLine(v[0], v[1], new BigDecimal(m.group(1)), "辆", null));
            }
        }
        Matcher e = EQUIPMENT.matcher(t);
        if (e.find()) {
            lines.add(new AssetLine(e.group(1), "equipment_over_threshold", new BigDecimal(e.group(2)), "台（套）", null));
        }
        return lines;
    }
}
