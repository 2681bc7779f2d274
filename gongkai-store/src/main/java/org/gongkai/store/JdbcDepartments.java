package org.gongkai.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Objects;
import java.util.Optional;

/** Departments in table {@code departments}. */
public final class JdbcDepartments implements Departments {

    private final Database database;

    public JdbcDepartments(Database database) {
        this.database = Objects.requireNonNull(database, "database");
    }

    @Override
    public StoredDepartment create(String regionCode, String code, String name, String nature) {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        return database.inTransaction(c -> {
            long regionId = JdbcRegions.find(c, regionCode)
                    .orElseThrow(() -> new IllegalArgumentException("no region coded " + regionCode))
                    .id();
            try (PreparedStatement s = c.prepareStatement(
                    "INSERT INTO departments (region_id, code, name, nature) VALUES (?, ?, ?, ?)",
                    new String[] {"id"})) {
                s.setLong(1, regionId);
                s.setString(2, code);
                s.setString(3, name);
                s.setString(4, nature);
                s.executeUpdate();
                return new StoredDepartment(JdbcSupport.generatedId(s), regionId, code, name, nature);
            }
        });
    }

    @Override
    public Optional<StoredDepartment> findByCode(String regionCode, String code) {
        return database.inTransaction(c -> find(c, regionCode, code));
    }

    static Optional<StoredDepartment> find(Connection c, String regionCode, String code) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "SELECT d.id, d.region_id, d.code, d.name, d.nature FROM departments d"
                        + " JOIN regions r ON r.id = d.region_id WHERE r.code = ? AND d.code = ?")) {
            s.setString(1, regionCode);
            s.setString(2, code);
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                    return Optional.empty();
                }
                return Optional.of(new StoredDepartment(r.getLong("id"), r.getLong("region_id"),
                        r.getString("code"), r.getString("name"), r.getString("nature")));
            }
        }
    }
}
