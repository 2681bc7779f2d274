package org.gongkai.importing.pdf;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongkai.model.Department;
import org.gongkai.model.DocumentInfo;
import org.gongkai.model.DocumentKind;
import org.gongkai.model.GovernmentLevel;
import org.gongkai.model.MoneyUnit;
import org.gongkai.model.Region;

/**
 * What the cover says: the title (上海市2025年市级单位预算), hence kind, fiscal year and level, and
 * who publishes (预算单位：… / 预算主管部门：… / 编制单位：…).
 */
final class CoverReader {

    static final String PROFILE = "shanghai-2025";
    static final String PROVINCE = "上海市";

    private static final Pattern YEAR = Pattern.compile("(\\d{4})年");
    private static final Pattern PUBLISHER = Pattern.compile("^(预算单位|预算主管部门|主管部门|编制单位|编制部门)[：:](.+)$");
    private static final Pattern DISTRICT = Pattern.compile("^上海市(.{1,4}?区)");

    private CoverReader() {}

    /** The index of the cover title line: the first line of the first page that names a budget. */
    static int titleLine(List<PdfLine> lines) {
        for (int i = 0; i < lines.size() && lines.get(i).page() == 1; i++) {
            String t = lines.get(i).text().replace(" ", "");
            if (t.contains("预算") && YEAR.matcher(t).find()) {
                return i;
            }
        }
        return -1;
    }

    /** The index of the publisher line on the first page, or -1. */
    static int publisherLine(List<PdfLine> lines) {
        for (int i = 0; i < lines.size() && lines.get(i).page() == 1; i++) {
            if (PUBLISHER.matcher(lines.get(i).text().replace(" ", "")).matches()) {
                return i;
            }
        }
        return -1;
    }

    static Optional<String> publisher(String text) {
        Matcher m = PUBLISHER.matcher(text.replace(" ", ""));
        return m.matches() ? Optional.of(m.group(2)) : Optional.empty();
    }

    static DocumentInfo document(String title, String compiledBy, int fallbackYear) {
        Matcher m = YEAR.matcher(title);
        int year = m.find() ? Integer.parseInt(m.group(1)) : fallbackYear;
        DocumentKind kind = title.contains("单位预算") ? DocumentKind.UNIT_BUDGET : DocumentKind.DEPARTMENT_BUDGET;
        return new DocumentInfo(title, kind, year, PROFILE, MoneyUnit.WAN_YUAN, null, null, null, null, compiledBy);
    }

    static Department department(String name, String title) {
        Matcher d = DISTRICT.matcher(name);
        boolean district = title.contains("区级") || d.find();
        Region region;
        if (district) {
            Matcher again = DISTRICT.matcher(name);
            String county = again.find() ? again.group(1) : null;
            region = new Region(GovernmentLevel.COUNTY, PROVINCE, null, county, null, null);
        } else {
            region = new Region(GovernmentLevel.PROVINCE, PROVINCE, null, null, null, null);
        }
        return new Department(name, null, region);
    }
}
