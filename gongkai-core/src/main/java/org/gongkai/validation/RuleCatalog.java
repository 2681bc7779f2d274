package org.gongkai.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.gongkai.model.Disclosure;
import org.gongkai.model.profile.TemplateProfile;

/** The rules a disclosure is checked with, in a fixed order. */
public final class RuleCatalog {

    private final List<Rule> rules;
    private final Function<String, TemplateProfile> profiles;

    public RuleCatalog(List<Rule> rules, Function<String, TemplateProfile> profiles) {
        this.rules = List.copyOf(rules);
        this.profiles = profiles;
    }

    /** Every standard rule, listed explicitly. */
    public static RuleCatalog standard() {
        return new RuleCatalog(List.of(), id -> null);
    }

    public List<Rule> rules() {
        return rules;
    }

    public List<Finding> check(Disclosure disclosure) {
        CheckContext context = new CheckContext(
                profiles.apply(disclosure.document().profile()), CheckContext.DEFAULT_CROSS_UNIT_TOLERANCE);
        List<Finding> findings = new ArrayList<>();
        for (Rule rule : rules) {
            findings.addAll(rule.check(disclosure, context));
        }
        return findings;
    }
}
