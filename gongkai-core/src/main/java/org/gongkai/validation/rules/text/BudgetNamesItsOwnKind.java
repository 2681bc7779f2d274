package org.gongkai.validation.rules.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongkai.model.Disclosure;
import org.gongkai.model.DocumentKind;
import org.gongkai.validation.AbstractRule;
import org.gongkai.validation.Category;
import org.gongkai.validation.CheckContext;
import org.gongkai.validation.Finding;
import org.gongkai.validation.RuleInfo;
import org.gongkai.validation.Severity;

/**
 * A unit budget (单位预算) speaks of itself as a unit (本单位, 单位预算), not as a department (本部门,
 * 部门预算安排, 下属1家机关和1家事业单位), and a department budget not as a unit budget (单位预算编制说明). Definitions in the
 * glossary speak of departments and units in general and are left out.
 */
public final class BudgetNamesItsOwnKind extends AbstractRule {

    /** A department's wording; 下属1家机关和1家事业单位 counts the units a department is made of, which a unit has not. */
    private static final Pattern DEPARTMENT_WORDING = Pattern.compile(
            "本部门|部门预算(?:安排|编制说明|是包括)|\\d{4}年部门预算(?!公开)|下属[1-9]\\d*家[^。，；]{0,12}?(?:机关|单位)");
    private static final Pattern UNIT_WORDING = Pattern.compile("单位预算(?:编制说明|是包括)|本单位预算");

    public BudgetNamesItsOwnKind() {
        super(new RuleInfo("budget-names-its-own-kind", Category.TEXT, Severity.WARNING,
                "预算法 §14；部门预算与单位预算分别公开，表述应与预算主体一致",
                "单位预算的说明不称“本部门”“部门预算”，部门预算的说明不称“单位预算”",
                "A unit budget does not speak of itself as a department budget, nor a department budget as a unit's",
                "单位预算：“2025年部门预算安排购置车辆0辆”",
                "单位预算：“2025年单位预算安排购置车辆0辆”"));
    }

    @Override
    public List<Finding> check(Disclosure d, CheckContext context) {
        DocumentKind kind = d.document().kind();
        Pattern wrong = switch (kind) {
            case UNIT_BUDGET -> DEPARTMENT_WORDING;
            case DEPARTMENT_BUDGET -> UNIT_WORDING;
            default -> null;
        };
        if (wrong == null) {
            return none();
        }
        List<Finding> findings = new ArrayList<>();
        List<Texts.Prose> prose = Texts.prose(d, context);
        Wording.Flats flats = Wording.flats(d, context);
        for (int index = 0; index < prose.size(); index++) {
            Texts.Prose at = prose.get(index);
            if (!at.has(Texts.HAS_KIND_WORD)) {
                continue; // no 单, 部 or 下属 at all
            }
            String raw = at.text();
            if (raw.indexOf(kind == DocumentKind.UNIT_BUDGET ? '部' : '单') < 0
                    && (kind != DocumentKind.UNIT_BUDGET || !raw.contains("下属"))) {
                continue;
            }
            if (at.field().equals("title") || at.at().section().startsWith("glossary")) {
                continue;
            }
            String t = flats.get(index);
            String[] keys = kind == DocumentKind.UNIT_BUDGET ? new String[] {"本部门", "部门预算", "下属"} : new String[] {"单位预算"};
            Matcher m = null;
            for (int[] sentence : Wording.sentencesWith(t, keys)) {
                Matcher candidate = wrong.matcher(t).region(sentence[0], sentence[1]);
                if (candidate.find()) {
                    m = candidate;
                    break;
                }
            }
            if (m != null) {
                findings.add(finding(at.pointer(), m.group(),
                        kind.label() + "中写作“" + m.group() + "”（" + Wording.around(flats.get(index), m.start(), m.end()) + "）",
                        "a " + (kind == DocumentKind.UNIT_BUDGET ? "unit" : "department") + " budget says '" + m.group() + "'"));
            }
        }
        return findings;
    }
}
