package org.gongkai.validation.rules.yoy;

import java.util.Map;

/** The Chinese name of a statement figure, from where it stands. */
final class YoySubjects {

    private static final Map<String, String> NAMES = Map.ofEntries(
            Map.entry("/overview/income/total", "收入合计"),
            Map.entry("/overview/expenditure/total", "支出合计"),
            Map.entry("/overview/expenditure/fiscalGrant", "财政拨款支出"),
            Map.entry("/overview/expenditure/basic", "基本支出"),
            Map.entry("/overview/expenditure/personnel", "人员经费"),
            Map.entry("/overview/expenditure/publicCosts", "公用经费"),
            Map.entry("/overview/expenditure/project", "项目支出"),
            Map.entry("/operatingCosts/total", "机关运行经费"),
            Map.entry("/threePublic/total", "“三公”经费"),
            Map.entry("/threePublic/abroad", "因公出国（境）费"),
            Map.entry("/threePublic/vehicles", "公务用车购置及运行费"),
            Map.entry("/threePublic/vehiclePurchase", "公务用车购置费"),
            Map.entry("/threePublic/vehicleRunning", "公务用车运行费"),
            Map.entry("/threePublic/reception", "公务接待费"),
            Map.entry("/procurement/total", "政府采购预算"));

    private YoySubjects() {}

    static String of(String pointer) {
        return NAMES.getOrDefault(pointer, pointer);
    }
}
