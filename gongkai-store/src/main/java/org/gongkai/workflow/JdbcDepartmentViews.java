package org.gongkai.workflow;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.gongkai.store.Database;
import org.gongkai.workflow.Directory.DepartmentView;

/** The rows of {@code departments} with their region, on the connection of the transaction running. */
final class JdbcDepartmentViews implements DepartmentViews {

    private final Database database;

    JdbcDepartmentViews(Database database) {
        this.database = Objects.requireNonNull(database, "database");
    }

    @Override
    public Optional<DepartmentView> byKey(String key) {
        return Rows.unchecked(() -> {
            Optional<Long> id = RegionRows.departmentIdByKey(database.connection(), key);
            return id.isEmpty() ? Optional.empty() : Optional.of(RegionRows.department(database.connection(), id.get()));
        });
    }

    @Override
    public List<DepartmentView> all() {
        return Rows.unchecked(() -> Rows.all(database.connection(), RegionRows.departments("ORDER BY d.code"),
                RegionRows::department));
    }

    @Override
    public List<DepartmentView> within(long regionId) {
        return Rows.unchecked(() -> Rows.all(database.connection(), RegionRows.below(RegionRows.departments(
                "WHERE d.region_id IN (SELECT id FROM down) ORDER BY d.code")), RegionRows::department, regionId));
    }

    @Override
    public DepartmentView add(NewDepartment department) {
        return Rows.unchecked(() -> {
            long id = Rows.insert(database.connection(), "INSERT INTO departments"
                    + " (region_id, code, name, nature, budget_level) VALUES (?, ?, ?, ?, ?)", department.regionId(),
                    department.code(), department.name(), department.nature(), department.budgetLevel());
            return RegionRows.department(database.connection(), id);
        });
    }
}
