package org.gongkai.importing.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import org.gongkai.model.TableKind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class TableTitlesTest {

    @ParameterizedTest
    @EnumSource(value = TableKind.class, mode = EnumSource.Mode.EXCLUDE, names = {"PROCUREMENT", "FIXED_ASSETS"})
    void everyStandardTitleNamesItsOwnKindNotOneWhoseTitleItEndsWith(TableKind kind) {
        assertThat(TableTitles.kind("2024年" + kind.standardTitle())).contains(kind);
    }
}
