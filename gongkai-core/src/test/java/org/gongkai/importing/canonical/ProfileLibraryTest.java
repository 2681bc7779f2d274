package org.gongkai.importing.canonical;

import static org.assertj.core.api.Assertions.assertThat;

import org.gongkai.model.MoneyUnit;
import org.gongkai.model.TableKind;
import org.gongkai.model.profile.TemplateProfile;
import org.junit.jupiter.api.Test;

class ProfileLibraryTest {

    private final ProfileLibrary library = ProfileLibrary.standard();

    @Test
    void theSeedProfileSpeaksWanYuanAndWritesEffectForBenefit() {
        TemplateProfile hebei = library.profile("hebei-county-2020").orElseThrow();
        assertThat(hebei.statementUnit()).isEqualTo(MoneyUnit.WAN_YUAN);
        assertThat(hebei.framework().id()).isEqualTo("framework-2015");
        assertThat(hebei.framework().category("效果指标")).hasValueSatisfying(c -> assertThat(c.name()).isEqualTo("效益指标"));
        assertThat(hebei.framework().category("成本指标")).as("成本 is second-level in 2015").isEmpty();
        assertThat(hebei.tables()).hasSize(8);
    }

    @Test
    void theShanghaiProfileHasNineTablesInYuanAndCostAsFirstLevel() {
        TemplateProfile shanghai = library.profile("shanghai-2025").orElseThrow();
        assertThat(shanghai.tableUnit()).isEqualTo(MoneyUnit.YUAN);
        assertThat(shanghai.tables()).hasSize(9).extracting(t -> t.kind()).contains(TableKind.STATE_CAPITAL_EXPENDITURE);
        assertThat(shanghai.framework().category("成本")).isPresent();
    }

    @Test
    void anUnknownProfileIsAbsentNotAnError() {
        assertThat(library.profile("atlantis-1999")).isEmpty();
    }
}
