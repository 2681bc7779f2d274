package org.gongkai.validation.rules.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongkai.model.Disclosure;
import org.gongkai.validation.AbstractRule;
import org.gongkai.validation.Category;
import org.gongkai.validation.CheckContext;
import org.gongkai.validation.Finding;
import org.gongkai.validation.RuleInfo;
import org.gongkai.validation.Severity;

/**
 * What a department holds (共有车辆N辆, 房屋N平方米) is a position at a date: the sentence that states it
 * says when (截至2024年8月31日, 2018年末). Without the date the reader cannot tell which year's
 * holdings are meant. The date given once for the whole asset section ({@code assets.asOf}) counts.
 */
public final class AssetPositionHasADate extends AbstractRule {

    /** A statement of holdings: 共有车辆54辆, 共有（各类）车辆 46 辆, 占有使用房屋…平方米. */
    private static final Pattern HOLDINGS = Pattern.compile("共有(?:各类|公务)?车辆\\d+辆|占有(?:使用)?房屋[^。；]{0,12}?\\d+(?:\\.\\d+)?平方米");
    /** A date or a year's end: 2024年8月31日, 2018年12月, 2018年末, 年底, 截至目前. */
    private static final Pattern DATE = Pattern.compile("\\d{4}年\\d{1,2}月|\\d{4}年(?:末|底)|年末|年底|截[至止]");

    public AssetPositionHasADate() {
        super(new RuleInfo("asset-position-has-a-date", Category.TEXT, Severity.WARNING,
                "财预〔2016〕143号：公开国有资产占用情况；资产占用是某一时点的存量",
                "说明国有资产占有情况（共有车辆等）时写明时点（截至某年某月某日）",
                "A statement of the assets held names the date of the position",
                "本部门共有车辆54辆，其中，一般公务用车54辆。",
                "截至2018年12月31日，本部门共有车辆54辆，其中，一般公务用车54辆。"));
    }

    @Override
    public List<Finding> check(Disclosure d, CheckContext context) {
        if (d.assets() != null && d.assets().asOf() != null && !d.assets().asOf().isBlank()) {
            return none();
        }
        List<Finding> findings = new ArrayList<>();
        Wording.eachProse(d, context, at -> at.has(Texts.HAS_HOLDING_WORD), (at, t) -> {
            if (at.at().section().equals("glossary")) { // read from its place, without spelling the pointer
                return;
            }
            for (int[] sentence : Wording.sentencesWith(t, "车辆", "房屋")) {
                Matcher m = HOLDINGS.matcher(t).region(sentence[0], sentence[1]);
                if (m.find() && !DATE.matcher(t).region(sentence[0], sentence[1]).find()) {
                    findings.add(finding(at.pointer(), m.group(),
                            "资产占有情况未写明时点（" + Wording.around(t, m.start(), m.end()) + "）",
                            "the assets held are stated without the date of the position"));
                }
            }
        });
        return findings;
    }
}
