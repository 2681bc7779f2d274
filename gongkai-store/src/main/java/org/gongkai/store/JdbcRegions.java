package org.gongkai.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.gongkai.model.GovernmentLevel;

/** Regions in table {@code regions}. */
public final class JdbcRegions implements Regions {

    private final Database database;

    public JdbcRegions(Database database) {
        this.database = Objects.requireNonNull(database, "database");
    }

    @Override
    public StoredRegion create(String parentCode, GovernmentLevel level, String name, String code) {
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(code, "code");
        return database.inTransaction(c -> {
            Long parentId = null;
            if (parentCode != null) {
                parentId = find(c, parentCode)
                        .orElseThrow(() -> new IllegalArgumentException("no region coded " + parentCode))
                        .id();
            }
            try (PreparedStatement s = c.prepareStatement(
                    "INSERT INTO regions (parent_id, level, name, code) VALUES (?, ?, ?, ?)", new String[] {"id"})) {
                if (parentId == null) {
                    s.setNull(1, Types.BIGINT);
                } else {
                    s.setLong(1, parentId);
                }
                s.setString(2, level.name().toLowerCase(Locale.ROOT));
                s.setString(3, name);
                s.setString(4, code);
                s.executeUpdate();
                return new StoredRegion(JdbcSupport.generatedId(s), parentId, level, name, code);
            }
        });
    }

    @Override
    public Optional<StoredRegion> findByCode(String code) {
        return database.inTransaction(c -> find(c, code));
    }

    static Optional<StoredRegion> find(Connection c, String code) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "SELECT id, parent_id, level, name, code FROM regions WHERE code = ?")) {
            s.setString(1, code);
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                    return Optional.empty();
                }
                long parent = r.getLong("parent_id");
                Long parentId = r.wasNull() ? null : parent;
                return Optional.of(new StoredRegion(r.getLong("id"), parentId,
                        GovernmentLevel.valueOf(r.getString("level").toUpperCase(Locale.ROOT)),
                        r.getString("name"), r.getString("code")));
            }
        }
    }
}
