package org.gongkai.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Whether two documents come from the same publisher, as the cross-document rules pair them. */
class DepartmentTest {

    private static final Region JIANGSU = new Region(GovernmentLevel.PROVINCE, "江苏省", null, null, null, "320000");
    private static final Region PUTUO = new Region(GovernmentLevel.COUNTY, "上海市", null, "普陀区", null, "310107");
    private static final Region UNKNOWN = new Region(GovernmentLevel.PROVINCE, "江苏省", null, null, null, null);

    private static Department d(String name, Region region) {
        return new Department(name, null, region);
    }

    @Test
    void theSameNameSpacesAsideIsTheSamePublisher() {
        assertThat(d("江苏省政协办公厅", JIANGSU).isSamePublisherAs(d("江苏省政协 办公厅", JIANGSU))).isTrue();
    }

    @Test
    void aNameWithOrWithoutItsPlaceInFrontIsTheSamePublisher() {
        assertThat(d("江苏省政协办公厅", JIANGSU).isSamePublisherAs(d("政协办公厅", UNKNOWN))).isTrue();
        assertThat(d("普陀区财政局", PUTUO).isSamePublisherAs(d("上海市普陀区财政局", PUTUO))).isTrue();
    }

    @Test
    void aNameInsideAnotherOtherwiseIsAnotherPublisher() {
        assertThat(d("上海市财政局", PUTUO).isSamePublisherAs(d("上海市财政局信息中心", PUTUO))).isFalse();
        assertThat(d("江苏省人大", JIANGSU).isSamePublisherAs(d("江苏省人大常委会办公厅", JIANGSU))).isFalse();
    }

    @Test
    void theSameNameInAnotherRegionIsAnotherPublisher() {
        assertThat(d("财政局", JIANGSU).isSamePublisherAs(d("财政局", PUTUO))).isFalse();
    }
}
