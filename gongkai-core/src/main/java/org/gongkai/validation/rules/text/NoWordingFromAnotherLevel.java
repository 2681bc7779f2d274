package org.gongkai.validation.rules.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongkai.model.Disclosure;
import org.gongkai.model.GovernmentLevel;
import org.gongkai.model.Region;
import org.gongkai.validation.AbstractRule;
import org.gongkai.validation.Category;
import org.gongkai.validation.CheckContext;
import org.gongkai.validation.Finding;
import org.gongkai.validation.ModelWalk;
import org.gongkai.validation.RuleInfo;
import org.gongkai.validation.Severity;

/**
 * A department speaks of its own level's finance: a county glossary that defines income as
 * "省级财政当年拨付的资金" was copied from the province. Only fiscal phrases count (省级财政, 市级部门,
 * 省本级 …); a 省级技术创新中心 or a cited 《河北省省级预算公开办法》 is a legitimate mention.
 */
public final class NoWordingFromAnotherLevel extends AbstractRule {

    private static final Pattern FISCAL_LEVEL =
            Pattern.compile("(省级|省本级|省直|市级|市本级|市直|县级|县本级|区级|区本级)(财政|部门|预算|单位|政府|机关)?");

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
        for (ModelWalk.At<String> at : Texts.prose(d)) {
            String text = Texts.withoutCitations(at.value());
            Matcher m = FISCAL_LEVEL.matcher(text);
            while (m.find()) {
                if (m.group(2) == null && !m.group(1).endsWith("本级") && !m.group(1).endsWith("直")) {
                    continue;
                }
                GovernmentLevel named = levelOf(m.group(1), region);
                if (named != null && named.ordinal() < region.level().ordinal()) {
                    findings.add(finding(at.pointer(), m.group(),
                            "本单位属" + region.level().label() + "，文中却称“" + m.group() + "”（" + Texts.excerpt(text, m.start(), m.end())
                                    + "），疑为照抄上级文本",
                            "a " + region.level().name().toLowerCase() + " unit's text speaks of '" + m.group()
                                    + "', wording copied from a higher level"));
                }
            }
        }
        return findings;
    }

    /** The level a word names, for a unit in this region (a 直辖市 calls its own level 市级). */
    private static GovernmentLevel levelOf(String word, Region region) {
        boolean municipality = region.province().endsWith("市");
        if (word.startsWith("省")) {
            return GovernmentLevel.PROVINCE;
        }
        if (word.startsWith("市")) {
            return municipality ? GovernmentLevel.PROVINCE : GovernmentLevel.CITY;
        }
        return GovernmentLevel.COUNTY;
    }
}
