package org.gongkai.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.gongkai.importing.canonical.ProfileLibrary;
import org.gongkai.testing.Documents;
import org.junit.jupiter.api.Test;
import org.gongkai.validation.rules.StandardRules;

class RuleSettingsTest {

    private final RuleCatalog standard = StandardRules.catalog(ProfileLibrary.standard()::orNull);

    private List<Finding> check(String settings) {
        return standard.withSettings(RuleSettings.parse(settings, "settings.txt", standard.ids()))
                .check(Documents.read(Documents.SEED));
    }

    @Test
    void switchesARuleOffForAProfile() {
        List<Finding> findings = check("profile:hebei-county-2020 required-tables-present off\n");
        assertThat(findings).noneMatch(f -> f.rule().equals("required-tables-present"));
        assertThat(check("profile:shanghai-2025 required-tables-present off\n"))
                .anyMatch(f -> f.rule().equals("required-tables-present"));
    }

    @Test
    void changesASeverityForARegionAndLaterLinesWin() {
        List<Finding> findings = check("""
                # the county bureau treats this as information
                *              planned-purchases-appear-in-procurement  error
                region:临西县   planned-purchases-appear-in-procurement  info
                """);
        assertThat(findings).filteredOn(f -> f.rule().equals("planned-purchases-appear-in-procurement"))
                .singleElement().extracting(Finding::severity).isEqualTo(Severity.INFO);
    }

    @Test
    void namesTheLineOfABadSetting() {
        assertThatThrownBy(() -> RuleSettings.parse("* no-such-rule off\n", "settings.txt", standard.ids()))
                .hasMessage("settings.txt:1: no rule named no-such-rule");
        assertThatThrownBy(() -> RuleSettings.parse("\n* no-placeholders loud\n", "settings.txt", standard.ids()))
                .hasMessageStartingWith("settings.txt:2: setting must be");
        assertThatThrownBy(() -> RuleSettings.parse("county:x no-placeholders off\n", "settings.txt", standard.ids()))
                .hasMessageStartingWith("settings.txt:1: scope must be");
    }

    @Test
    void aRuleParameterSetsTheChangeFromWhichAReasonIsRequired() {
        String unexplained = Documents.edit(Documents.SEED_CORRECTED, "/threePublic/total/reason -");
        java.util.function.Function<String, List<Finding>> withSettings = settings -> standard
                .withSettings(RuleSettings.parse(settings, "settings.txt", standard.ids()))
                .check(Documents.read(unexplained)).stream().filter(f -> f.rule().equals("change-has-a-reason")).toList();
        assertThat(withSettings.apply("")).isNotEmpty();
        assertThat(withSettings.apply("* change-has-a-reason reason-required-from=10%\n")).isNotEmpty();
        assertThat(withSettings.apply("* change-has-a-reason reason-required-from=1000%\n")).isEmpty();
    }
}
