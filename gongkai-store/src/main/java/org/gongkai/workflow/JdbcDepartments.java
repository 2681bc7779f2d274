package org.gongkai.workflow;

import java.util.Objects;
import java.util.Optional;
import org.gongkai.lifecycle.Departments;
import org.gongkai.store.Database;

/** The departments' rows on the connection of the transaction running. */
final class JdbcDepartments implements Departments {

    private final Database database;

    JdbcDepartments(Database database) {
        this.database = Objects.requireNonNull(database, "database");
    }

    @Override
    public Optional<Long> idOf(String key) {
        return Rows.unchecked(() -> RegionRows.departmentIdByKey(database.connection(), key));
    }

    @Override
    public void lock(long departmentId) {
        Rows.unchecked(() -> {
            DisclosureRows.lockDepartment(database.connection(), departmentId);
            return null;
        });
    }
}
