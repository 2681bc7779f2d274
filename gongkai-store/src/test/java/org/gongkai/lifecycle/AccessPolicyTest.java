package org.gongkai.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Who may do what, without a database. Regions: 河北省 (1) › 邢台市 (2) › 临西县 (3), and 邯郸市 (4);
 * department 10 lies in 临西县, department 20 in 邯郸市.
 */
class AccessPolicyTest {

    private static final Placement LINXI_DEPARTMENT = new Placement(10, List.of(3L, 2L, 1L));
    private static final Placement HANDAN_DEPARTMENT = new Placement(20, List.of(4L, 1L));

    private static Actor actor(String who) {
        return switch (who) {
            case "public" -> Actor.PUBLIC;
            case "admin" -> new Actor(1L, "admin", Role.ADMINISTRATOR, null, Set.of());
            case "preparer" -> new Actor(2L, "zhang", Role.PREPARER, null, Set.of(10L));
            case "county-reviewer" -> new Actor(3L, "li", Role.REVIEWER, 3L, Set.of());
            case "province-reviewer" -> new Actor(4L, "wang", Role.REVIEWER, 1L, Set.of());
            case "other-city-reviewer" -> new Actor(5L, "zhao", Role.REVIEWER, 4L, Set.of());
            case "reviewer-without-region" -> new Actor(6L, "qian", Role.REVIEWER, null, Set.of());
            default -> throw new IllegalArgumentException(who);
        };
    }

    @ParameterizedTest(name = "{0}: sees drafts {1}, prepares {2}, reviews {3}")
    @CsvSource({"public, false, false, false", "admin, true, true, true", "preparer, true, true, false",
            "county-reviewer, true, false, true", "province-reviewer, true, false, true",
            "other-city-reviewer, false, false, false", "reviewer-without-region, false, false, false"})
    void eachRoleActsWhereItBelongs(String who, boolean seesDrafts, boolean prepares, boolean reviews) {
        AccessPolicy policy = new AccessPolicy(actor(who));
        assertThat(policy.seesDrafts(LINXI_DEPARTMENT)).isEqualTo(seesDrafts);
        assertThat(policy.mayPrepare(LINXI_DEPARTMENT)).isEqualTo(prepares);
        assertThat(policy.mayReview(LINXI_DEPARTMENT)).isEqualTo(reviews);
    }

    @Test
    void aProvinceReviewerReviewsEveryCityButACityReviewerOnlyItsOwn() {
        assertThat(new AccessPolicy(actor("province-reviewer")).mayReview(HANDAN_DEPARTMENT)).isTrue();
        assertThat(new AccessPolicy(actor("county-reviewer")).mayReview(HANDAN_DEPARTMENT)).isFalse();
        assertThat(new AccessPolicy(actor("preparer")).mayPrepare(HANDAN_DEPARTMENT)).isFalse();
    }

    @Test
    void aDraftOfAnotherDepartmentIsNotFoundButAPublishedOneIsForbidden() {
        AccessPolicy outsider = new AccessPolicy(actor("other-city-reviewer"));
        assertThatThrownBy(() -> outsider.requirePreparer(LINXI_DEPARTMENT, 7L, false)).isInstanceOfSatisfying(
                WorkflowException.class, e -> assertThat(e.kind()).isEqualTo(WorkflowException.Kind.NOT_FOUND));
        assertThatThrownBy(() -> outsider.requirePreparer(LINXI_DEPARTMENT, 7L, true)).isInstanceOfSatisfying(
                WorkflowException.class, e -> assertThat(e.kind()).isEqualTo(WorkflowException.Kind.FORBIDDEN));
        assertThatThrownBy(() -> outsider.requireInsider(LINXI_DEPARTMENT, true, 7L)).isInstanceOfSatisfying(
                WorkflowException.class, e -> assertThat(e.kind()).isEqualTo(WorkflowException.Kind.FORBIDDEN));
        assertThatThrownBy(() -> outsider.requireVisible(LINXI_DEPARTMENT, false, 7L)).isInstanceOfSatisfying(
                WorkflowException.class, e -> assertThat(e.kind()).isEqualTo(WorkflowException.Kind.NOT_FOUND));
        outsider.requireVisible(LINXI_DEPARTMENT, true, 7L);
    }

    @Test
    void thePublicIsAskedToSignInAndAPreparerCannotReview() {
        assertThatThrownBy(() -> new AccessPolicy(Actor.PUBLIC).requireReviewer(LINXI_DEPARTMENT, 7L, false))
                .isInstanceOfSatisfying(WorkflowException.class,
                        e -> assertThat(e.kind()).isEqualTo(WorkflowException.Kind.UNAUTHENTICATED));
        assertThatThrownBy(() -> new AccessPolicy(actor("preparer")).requireReviewer(LINXI_DEPARTMENT, 7L, false))
                .isInstanceOfSatisfying(WorkflowException.class,
                        e -> assertThat(e.kind()).isEqualTo(WorkflowException.Kind.FORBIDDEN));
        assertThatThrownBy(() -> new AccessPolicy(actor("preparer")).requirePreparer(HANDAN_DEPARTMENT, null, false))
                .as("creating for another department: forbidden, there is nothing to hide")
                .isInstanceOfSatisfying(WorkflowException.class,
                        e -> assertThat(e.kind()).isEqualTo(WorkflowException.Kind.FORBIDDEN));
    }

    @Test
    void onlyAnAdministratorAdministers() {
        new AccessPolicy(actor("admin")).requireAdministrator("x");
        assertThatThrownBy(() -> new AccessPolicy(actor("province-reviewer")).requireAdministrator("only admins"))
                .hasMessage("only admins");
    }
}
