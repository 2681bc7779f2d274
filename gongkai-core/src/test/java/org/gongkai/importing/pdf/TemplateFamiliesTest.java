package org.gongkai.importing.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;
import org.gongkai.model.TableKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The family of a document is chosen from what it prints, and a document of no family is read as generic. */
class TemplateFamiliesTest {

    private final TemplateFamilies families = TemplateFamilies.standard();

    @Test
    void aProvincialDocumentWithTheTwelveTablesIsOfTheJiangsuFamily() {
        List<String> lines = List.of("某某厅2018年度部门预算", "第三部分 2018年度部门预算情况说明", "收支预算总表", "公开表一",
                "部门：江苏省某某厅 单位：万元", "一、基本支出 三、单位预留机动经费", "财政拨款收支预算总表",
                "财政拨款支出预算表（功能科目）", "“三公”经费、会议费、培训费支出预算表", "第四部分 名词解释");
        TemplateFamilies.Choice choice = families.choose(lines, 2018);
        assertThat(choice.profile().id()).isEqualTo("jiangsu-province-2017");
        assertThat(choice.evidence()).contains("单位预留机动经费", "江苏省");
    }

    @Test
    void theSameTablesOfAnotherProvinceAreNotTakenForJiangsu() {
        List<String> lines = List.of("浙江省某某厅2018年度部门预算", "收支预算总表", "收入预算总表", "支出预算总表");
        assertThat(families.choose(lines, 2018).isGeneric()).isTrue();
    }

    @Test
    void aDocumentOfNoKnownFamilyIsReadWithTheGenericProfile() {
        List<String> lines = List.of("某县某局2023年部门预算公开", "一、部门职责", "部门收支总表", "部门收入总表");
        TemplateFamilies.Choice choice = families.choose(lines, 2023);
        assertThat(choice.isGeneric()).isTrue();
        assertThat(choice.profile().id()).isEqualTo(TemplateFamilies.GENERIC);
    }

    @Test
    void aFamilyWhoseYearsDoNotCoverTheDocumentCountsForLess() {
        List<String> lines = List.of("江苏省某某厅", "公开表一", "收支预算总表", "单位预留机动经费", "财政专户管理资金", "其他资金",
                "第三部分 部门预算情况说明", "名词解释");
        TemplateFamilies.Choice inRange = families.choose(lines, 2017);
        assertThat(inRange.profile().id()).isEqualTo("jiangsu-province-2017");
        // a template outlives the years it is known for, so a later year lowers the score rather than excluding it
        assertThat(families.choose(lines, 2030).score()).isLessThan(inRange.score());
    }

    @Test
    void theLongestTitleThatFitsNamesTheTable() {
        var jiangsu = families.choose(List.of("江苏省", "公开表一", "单位预留机动经费", "财政专户管理资金", "收支预算总表",
                "部门预算情况说明", "名词解释"), 2019).profile();
        assertThat(families.tableKind("财政拨款收支预算总表", jiangsu)).contains(TableKind.FISCAL_GRANT_SUMMARY);
        assertThat(families.tableKind("收支预算总表", jiangsu)).contains(TableKind.INCOME_EXPENDITURE_SUMMARY);
        assertThat(families.tableKind("公开表五 财政拨款支出预算表（功能科目）", jiangsu)).contains(TableKind.FISCAL_GRANT_EXPENDITURE);
        assertThat(families.tableKind("2019年政府采购预算表", jiangsu)).contains(TableKind.PROCUREMENT);
        assertThat(families.tableKind("具体情况详见收支预算总表的说明", jiangsu)).isEmpty();
    }

    /** A title read with its three patterns tried on every line, as normaliseTitle reads it without trying the hopeless ones. */
    private static String titleByPatternsAlone(String line) {
        String t = TemplateFamilies.normalise(line);
        t = Pattern.compile("^(公开表[一二三四五六七八九十]+|表[一二三四五六七八九十\\d]+|[一二三四五六七八九十]+、|\\d+\\s*[.．、])")
                .matcher(t).replaceFirst("");
        t = Pattern.compile("^.*?\\d{4}\\s*年(度)?").matcher(t).replaceFirst("");
        String bare = Pattern.compile("[（(][^（）()]*[）)]$").matcher(t).replaceFirst("");
        return bare.endsWith("表") ? bare : t;
    }

    @ParameterizedTest
    @ValueSource(strings = {"公开表五 2025年部门收支总表（功能科目）", "表3 财政拨款支出预算表(按功能科目)", "5. 部门收入总表",
        "三、2019年度一般公共预算支出情况说明", "收支预算总表", "部门支出总表（单位：万元）\u2028", "（一）人员经费", "2018年度",
        "支出预算表 (续)", "某某局2024年度部门预算（草案）", "合计 1,234.00", ""})
    void readsATitleAsItsPatternsRead(String line) {
        assertThat(TemplateFamilies.normaliseTitle(line)).isEqualTo(titleByPatternsAlone(line));
    }
}
