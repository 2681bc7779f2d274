package org.gongkai.validation.rules.text;

import java.util.ArrayList;
import java.util.List;
import org.gongkai.model.Disclosure;
import org.gongkai.model.GovernmentLevel;
import org.gongkai.model.Region;
import org.gongkai.validation.AbstractRule;
import org.gongkai.validation.Category;
import org.gongkai.validation.CheckContext;
import org.gongkai.validation.Finding;
import org.gongkai.validation.RuleInfo;
import org.gongkai.validation.Severity;

/**
 * A department speaks of its own level's finance: a county glossary that defines income as
 * "省级财政当年拨付的资金" was copied from the province. Only fiscal phrases count (省级财政, 市级部门,
 * 省本级 …); a 省级技术创新中心 or a cited 《河北省省级预算公开办法》 is a legitimate mention.
 */
public final class NoWordingFromAnotherLevel extends AbstractRule {

    /** What a level word must be followed by to speak of public finance: 省级财政, 市级部门 … */
    private static final java.util.Set<String> OBJECTS = java.util.Set.of("财政", "部门", "预算", "单位", "政府", "机关");

    public NoWordingFromAnotherLevel() {
        super(new RuleInfo("no-wording-from-another-level", Category.TEXT, Severity.ERROR,
                "财预〔2016〕143号：公开内容应真实、准确；名词解释应与本级预算管理一致",
                "文中的财政层级用语与本单位所在层级一致，不照抄上级文本",
                "Fiscal wording names the unit's own level of government, not one copied from above",
                "县级部门名词解释：“一般公共预算拨款收入：指省级财政当年拨付的资金。”"));
    }

    @Override
    public List<Finding> check(Disclosure d, CheckContext context) {
        Region region = d.department().region();
        List<Finding> findings = new ArrayList<>();
        for (Texts.Prose at : Texts.prose(d, context)) {
            if (!at.has(Texts.HAS_LEVEL)) {
                continue;
            }
            // a level above the unit's own is looked for in the text as it stands first: taking the citations out
            // only removes places, so a text without one is passed over before its citations are taken out
            if (higherLevelAt(at.text(), 1, region) < 0) {
                continue;
            }
            String text = Texts.withoutCitations(at.text());
            for (int k = higherLevelAt(text, 1, region); k >= 0; k = higherLevelAt(text, k + 1, region)) {
                char c = text.charAt(k);
                int from = text.charAt(k - 1) == '本' && k >= 2 ? k - 2 : k - 1;
                String level = text.substring(from, k + 1);
                boolean selfStanding = level.endsWith("本级") || c == '直';
                String object = k + 3 <= text.length() ? text.substring(k + 1, k + 3) : "";
                boolean fiscal = OBJECTS.contains(object);
                if (!(selfStanding || fiscal)) {
                    continue;
                }
                String phrase = fiscal ? level + object : level;
                findings.add(finding(at.pointer(), phrase,
                        "本单位属" + region.level().label() + "，文中却称“" + phrase + "”（" + Texts.excerpt(text, from, k + 1)
                                + "），疑为照抄上级文本",
                        "a " + region.level().name().toLowerCase() + " unit's text speaks of '" + phrase
                                + "', wording copied from a higher level"));
            }
        }
        return findings;
    }

    /**
     * The next 级 or 直 from {@code start} after a level word (省级, 市本级, 县直 …) that names a level above the
     * unit's own, or -1.
     */
    private static int higherLevelAt(String text, int start, Region region) {
        for (int k = Math.max(start, 1); k < text.length(); k++) {
            char c = text.charAt(k);
            if (c != '级' && c != '直') {
                continue;
            }
            char first = text.charAt(text.charAt(k - 1) == '本' && k >= 2 ? k - 2 : k - 1);
            if ("省市县区".indexOf(first) >= 0 && levelOf(first, region).ordinal() < region.level().ordinal()) {
                return k;
            }
        }
        return -1;
    }

    /** The level a word starting with {@code first} names, for a unit in this region (a 直辖市 calls its own level 市级). */
    private static GovernmentLevel levelOf(char first, Region region) {
        if (first == '省') {
            return GovernmentLevel.PROVINCE;
        }
        if (first == '市') {
            return region.province().endsWith("市") ? GovernmentLevel.PROVINCE : GovernmentLevel.CITY;
        }
        return GovernmentLevel.COUNTY;
    }
}
