package org.gongkai.validation.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.gongkai.testing.Examples;
import org.gongkai.validation.Rule;
import org.junit.jupiter.api.Test;

class RulesDocumentTest {

    @Test
    void docsRulesMdIsTheCatalogue() {
        String documented = Examples.read(Examples.repositoryRoot().resolve("docs/rules.md"));
        assertThat(documented)
                .as("docs/rules.md is out of date: regenerate it with ./gongkai rules --format markdown > docs/rules.md")
                .isEqualTo(RulesDocument.markdown(StandardRules.rules()));
    }

    @Test
    void everyRuleIsDocumentedWithBasisAndExample() {
        String doc = RulesDocument.markdown(StandardRules.rules());
        for (Rule r : StandardRules.rules()) {
            assertThat(doc).contains("### " + r.id()).contains(r.info().basis()).contains(r.info().example());
        }
    }
}
