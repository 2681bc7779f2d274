package org.gongkai.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.gongkai.model.Amount;
import org.gongkai.model.ChangeDirection;
import org.gongkai.model.Comparator;
import org.gongkai.model.Disclosure;
import org.gongkai.model.GovernmentLevel;
import org.gongkai.model.Indicator;
import org.gongkai.model.ProjectTarget;
import org.gongkai.testing.Examples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** examples/linxi-kexie-2020.yaml holds the published seed statement, fact for fact. */
class SeedTranscriptionTest {

    private static final Disclosure SEED = Examples.seed();
    private static final String SEED_TEXT = Examples.seedText().replaceAll("\\s", "");
    private static final String EXAMPLE_TEXT = Examples.read(Examples.seedExample()).replaceAll("\\s", "");

    @Test
    void everyNumberOfThePublishedTextIsInTheExample() {
        List<String> missing = Examples.seedNumbers().stream().filter(n -> !EXAMPLE_TEXT.contains(n)).toList();
        assertThat(missing).as("numbers of the seed not found in the example").isEmpty();
    }

    @Test
    void everyIndicatorRowOfTheSevenProjectTablesIsTranscribed() {
        var projects = SEED.performance().projects();
        assertThat(projects).hasSize(7);
        assertThat(projects).extracting(p -> p.indicators().size()).containsExactly(6, 7, 6, 7, 6, 6, 6);
        assertThat(SEED.performance().indicatorCount()).isEqualTo(44);
        for (ProjectTarget p : projects) {
            assertThat(SEED_TEXT).as("project name").contains(p.name().replaceAll("\\s", ""));
            assertThat(SEED_TEXT).as("goal of " + p.name()).contains(p.goal().replaceAll("\\s", ""));
            for (Indicator i : p.indicators()) {
                for (String cell : List.of(i.level1(), i.level2(), i.name(), i.description(), i.value().text(), i.basis())) {
                    assertThat(SEED_TEXT).as("cell of %s / %s", p.name(), i.name()).contains(cell.replaceAll("\\s", ""));
                }
            }
        }
    }

    static Stream<Arguments> indicatorSamples() {
        return Stream.of(
                Arguments.of("冀财教〔2019〕132号", "开发应用新产品、新技术、新品种数量", "≥1个", "冀财教【2019】132号"),
                Arguments.of("冀财教〔2019〕132号", "应用创新方法解决企业技术或管理难题数", "≥90%", "冀财教【2019】132号"),
                Arguments.of("科技创新奖励", "产业技术创新成果获奖比（%）", "≥70%", "临科字【2016】8号"),
                Arguments.of("科技下乡活动", "科技服务人次", "≥2000人次", "临科字【2016】8号"),
                Arguments.of("科技型中小企业培训", "受益人口满意度", "≥135人", "临科字【2016】8号"),
                Arguments.of("青少年科技活动", "科普活动和科技竞赛控制成本", "≤1.4万元", "临科字【2016】8号"),
                Arguments.of("县校企合作基金", "校企合作财政投入", "≤20万元", "临科字【2016】8号"),
                Arguments.of("轴承研究院科技创新", "科学技术投入成本", "≥240万元", "临科字[2016]8号"));
    }

    @ParameterizedTest
    @MethodSource("indicatorSamples")
    void indicatorRowsKeepTheirPublishedValues(String project, String name, String value, String basis) {
        Indicator i = indicator(project, name);
        assertThat(i.value().text()).isEqualTo(value);
        assertThat(i.basis()).isEqualTo(basis);
    }

    @Test
    void theCostIndicatorWrittenAsAFloorStaysAFloor() {
        Indicator cost = indicator("轴承研究院科技创新", "科学技术投入成本");
        assertThat(cost.level2()).isEqualTo("成本指标");
        assertThat(cost.value().comparator()).isEqualTo(Comparator.AT_LEAST);
    }

    /** The one project of the seed whose name begins so. */
    private static ProjectTarget project(String nameStart) {
        List<ProjectTarget> found = SEED.performance().projects().stream().filter(p -> p.name().startsWith(nameStart)).toList();
        assertThat(found).as("projects named %s…", nameStart).hasSize(1);
        return found.get(0);
    }

    /** The one indicator row of a project bearing the name. */
    private static Indicator indicator(String project, String name) {
        List<Indicator> found = project(project).indicators().stream().filter(i -> i.name().equals(name)).toList();
        assertThat(found).as("indicators named %s in %s", name, project).hasSize(1);
        return found.get(0);
    }

    @Test
    void documentAndDepartmentAreAsPublished() {
        assertThat(SEED.document().fiscalYear()).isEqualTo(2020);
        assertThat(SEED.document().dataAsOf()).hasToString("2019-12-31");
        assertThat(SEED.department().name()).isEqualTo("临西县科学技术协会");
        assertThat(SEED.department().code()).isEqualTo("306");
        assertThat(SEED.department().region().level()).isEqualTo(GovernmentLevel.COUNTY);
        assertThat(SEED.department().region().fullName()).isEqualTo("河北省邢台市临西县");
        assertThat(SEED.duties()).hasSize(5).first().isEqualTo("协调、管理全县科学技术普及、宣传、推广、咨询工作。");
        assertThat(SEED.organisation().units()).singleElement().satisfies(u -> {
            assertThat(u.nature()).isEqualTo("参公");
            assertThat(u.rank()).isEqualTo("科级");
            assertThat(u.fundingForm()).isEqualTo("财政拨款");
        });
    }

    @Test
    void incomeAndExpenditureAreAsPublished() {
        var income = SEED.overview().income();
        assertThat(income.total().amount()).isEqualTo(Amount.wan("756.96"));
        assertThat(income.sources()).extracting(s -> s.label() + "=" + s.figure().amount().plain())
                .containsExactly("一般公共预算收入=756.96", "基金预算收入=0", "财政专户核拨收入=0", "其他来源收入=0");
        var e = SEED.overview().expenditure();
        assertThat(e.basic().amount()).isEqualTo(Amount.wan("130.56"));
        assertThat(e.personnel().amount()).isEqualTo(Amount.wan("121"));
        assertThat(e.publicCosts().amount()).isEqualTo(Amount.wan("9.56"));
        assertThat(e.project().amount()).isEqualTo(Amount.wan("626.4"));
        assertThat(e.total().change().direction()).isEqualTo(ChangeDirection.INCREASE);
        assertThat(e.total().change().amount()).isEqualTo(Amount.wan("196.98"));
        assertThat(e.basic().change().amount()).isEqualTo(Amount.wan("11.98"));
        assertThat(e.project().change().amount()).isEqualTo(Amount.wan("185"));
        assertThat(SEED.overview().changeReason()).contains("人员工资普调");
    }

    @Test
    void operatingCostsAndThreePublicAreAsPublished() {
        assertThat(SEED.operatingCosts().items()).extracting(i -> i.name() + "=" + i.amount().plain()).containsExactly(
                "办公费=1.6", "印刷费=0.2", "邮电费=0.14", "差旅费=0.2", "维修费=0.56", "公务接待费=0.1",
                "公务用车运行维护费=1", "其他交通费=5.76");
        var t = SEED.threePublic();
        assertThat(t.total().amount()).isEqualTo(Amount.wan("1.1"));
        assertThat(t.total().reason()).contains("厉行节俭");
        assertThat(t.abroad().change().direction()).isEqualTo(ChangeDirection.FLAT);
        assertThat(t.vehiclesLabel()).isEqualTo("公务用车运行维护费");
        assertThat(t.vehiclePurchase().amount()).isEqualTo(Amount.wan("0"));
        assertThat(t.vehicleRunning().amount()).isEqualTo(Amount.wan("1"));
        assertThat(t.reception().change().amount()).isEqualTo(Amount.wan("0.06"));
        assertThat(t.reception().reason()).as("the seed gives no reason for 公务接待费").isNull();
    }

    @Test
    void procurementAssetsGlossaryAndOtherMattersAreAsPublished() {
        assertThat(SEED.procurement().isEmptyTable()).isTrue();
        assertThat(SEED.procurement().table().note()).contains("空表列示");
        assertThat(SEED.assets().priorYearEndTotal()).isEqualTo(Amount.wan("11.79"));
        assertThat(SEED.assets().plannedPurchases()).isEqualTo(Amount.wan("2.17"));
        assertThat(SEED.assets().table().holdings()).extracting(l -> l.name()).containsExactly(
                "资产总额", "1、房屋（平方米）", "其中：办公用房（平方米）", "2、车辆（台、辆）", "3、单价在20万元以上设备", "4、其他固定资产");
        assertThat(SEED.glossary()).hasSize(10);
        assertThat(SEED.glossary()).filteredOn(g -> g.definition().equals("指省级财政当年拨付的资金。"))
                .as("copied from the provincial level, kept as published").hasSize(1);
        assertThat(SEED.glossary()).extracting(g -> g.term()).contains("“三公”经费", "机关运行费", "上年结转");
        assertThat(SEED.otherMatters()).isEqualTo("我单位无其他需要说明的事项。");
        assertThat(SEED.document().compiledBy()).isEqualTo("临西县科学技术协会");
    }

    @Test
    void performanceProseIsComplete() {
        var p = SEED.performance();
        assertThat(p.overallGoals()).hasSize(5);
        assertThat(p.dutyGoals()).hasSize(5);
        assertThat(p.measures()).hasSize(6);
        assertThat(p.dutyGoals().get(0).indicators()).contains("5000人次");
        assertThat(p.overallGoals().get(2).text()).contains("引导中伟卓特液压有限公司建设省级技术创新中心");
        for (var g : p.overallGoals()) {
            assertThat(SEED_TEXT).contains(g.title().replaceAll("\\s", "")).contains(g.text().replaceAll("\\s", ""));
        }
        for (String m : p.measures()) {
            assertThat(SEED_TEXT).contains(m.replaceAll("\\s", ""));
        }
    }
}
