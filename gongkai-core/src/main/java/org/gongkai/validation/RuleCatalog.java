package org.gongkai.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.gongkai.model.Disclosure;
import org.gongkai.model.profile.TemplateProfile;

/**
 * The rules a disclosure is checked with, in a fixed order, and the settings that tune them. The
 * standard list lives with the rules ({@code org.gongkai.validation.rules.StandardRules}), so that this
 * package, which the rules build on, does not depend on them.
 */
public final class RuleCatalog {

    private final List<Rule> rules;
    private final Function<String, TemplateProfile> profiles;
    private final RuleSettings settings;

    public RuleCatalog(List<Rule> rules, Function<String, TemplateProfile> profiles, RuleSettings settings) {
        this.rules = List.copyOf(rules);
        this.profiles = profiles;
        this.settings = settings;
        Set<String> ids = rules.stream().map(Rule::id).collect(Collectors.toSet());
        if (ids.size() != rules.size()) {
            throw new IllegalArgumentException("rule ids must be unique");
        }
    }

    public RuleCatalog withSettings(RuleSettings newSettings) {
        return new RuleCatalog(rules, profiles, newSettings);
    }

    public List<Rule> rules() {
        return rules;
    }

    public Set<String> ids() {
        return rules.stream().map(Rule::id).collect(Collectors.toSet());
    }

    /** Runs every enabled rule; a rule that breaks its promise and throws is reported, not hidden. */
    public List<Finding> check(Disclosure disclosure) {
        CheckContext context = new CheckContext(profiles.apply(disclosure.document().profile()),
                CheckContext.DEFAULT_CROSS_UNIT_TOLERANCE, settings.parametersFor(disclosure));
        List<Finding> findings = new ArrayList<>();
        boolean asTheyAre = settings.isEmpty(); // no setting to look up for each rule and finding
        for (Rule rule : rules) {
            if (!asTheyAre && !settings.enabled(rule.id(), disclosure)) {
                continue;
            }
            List<Finding> found;
            try {
                found = rule.check(disclosure, context);
            } catch (RuntimeException e) {
                found = List.of(new Finding(rule.id(), rule.info().category(), Severity.WARNING, "", null,
                        "规则执行失败，未能检查：" + e, "the rule failed and could not check: " + e, null, null, null));
            }
            if (asTheyAre) {
                findings.addAll(found);
                continue;
            }
            for (Finding f : found) {
                findings.add(settings.apply(f, disclosure));
            }
        }
        return findings;
    }
}
