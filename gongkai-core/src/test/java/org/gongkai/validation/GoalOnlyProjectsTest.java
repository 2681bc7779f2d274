package org.gongkai.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.gongkai.importing.canonical.ProfileLibrary;
import org.gongkai.model.Disclosure;
import org.gongkai.model.Performance;
import org.gongkai.model.ProjectTarget;
import org.gongkai.testing.Examples;
import org.junit.jupiter.api.Test;
import org.gongkai.validation.rules.StandardRules;

/**
 * A project published with its goal and no indicator table (a Shanghai 项目经费情况说明's 七、绩效目标)
 * is not held to the table rules; the same goal over a table still is.
 */
class GoalOnlyProjectsTest {

    private static final RuleCatalog CATALOG = StandardRules.catalog(ProfileLibrary.standard()::orNull);
    private static final List<String> TABLE_RULES = List.of("project-has-required-categories", "goal-numbers-appear-in-indicators");

    @Test
    void aGoalPrintedWithoutItsTableRaisesNoTableFinding() {
        ProjectTarget seedProject = Examples.seed().performance().projects().get(2);
        List<Finding> findings = CATALOG.check(withProjects(
                new ProjectTarget(seedProject.name(), null, seedProject.goal(), List.of())));

        assertThat(findings).extracting(Finding::rule).doesNotContainAnyElementsOf(TABLE_RULES);
    }

    @Test
    void theSameGoalOverItsTableIsStillChecked() {
        ProjectTarget seedProject = Examples.seed().performance().projects().get(2);
        assertThat(seedProject.goal()).contains("5000人");
        List<Finding> findings = CATALOG.check(withProjects(seedProject));

        assertThat(findings).extracting(Finding::rule).contains("goal-numbers-appear-in-indicators");
    }

    private static Disclosure withProjects(ProjectTarget... projects) {
        Disclosure d = Examples.seed();
        Performance p = d.performance();
        return new Disclosure(d.document(), d.department(), d.dutiesIntroduction(), d.duties(), d.organisation(),
                d.overview(), d.operatingCosts(), d.threePublic(),
                new Performance(p.overallGoals(), p.dutyGoals(), p.measures(), List.of(projects), p.summary()),
                d.procurement(), d.assets(), d.glossary(), d.otherMatters(), d.tables(), d.projectNotes(), d.finalAccounts());
    }
}
