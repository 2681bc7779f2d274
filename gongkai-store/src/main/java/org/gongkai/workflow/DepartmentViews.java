package org.gongkai.workflow;

import java.util.List;
import java.util.Optional;
import org.gongkai.workflow.Directory.DepartmentView;

/**
 * The departments as the directory shows them, each with its region. Every method runs inside the
 * caller's transaction; a list takes the same statements for ten departments or a thousand.
 */
interface DepartmentViews {

    /** A department to add: its region, its code (unique in the region), name and how it is classed. */
    record NewDepartment(long regionId, String code, String name, String nature, String budgetLevel) {
    }

    /** A department by its key, REGION/CODE. */
    Optional<DepartmentView> byKey(String key);

    /** Every department, by code. */
    List<DepartmentView> all();

    /** The departments of the region and of every region below it, by code. */
    List<DepartmentView> within(long regionId);

    /** Adds the department; returns it as shown. */
    DepartmentView add(NewDepartment department);
}
