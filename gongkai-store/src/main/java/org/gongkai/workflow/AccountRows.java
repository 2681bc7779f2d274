package org.gongkai.workflow;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.gongkai.lifecycle.Actor;
import org.gongkai.lifecycle.Role;
import org.gongkai.workflow.Accounts.User;

/** The rows of accounts as the account use cases read them: a person, their departments, the login failures. */
final class AccountRows {

    private AccountRows() {
    }

    static Optional<Instant> throttledSince(Connection c, String name, String address, Instant since)
            throws SQLException {
        Optional<Instant> byNameHere = oldestIfTooMany(c, "username = ? AND address = ?", List.of(name, address), since,
                Accounts.MAX_FAILURES);
        return byNameHere.isPresent() ? byNameHere
                : oldestIfTooMany(c, "address = ?", List.of(address), since, Accounts.MAX_FAILURES_PER_ADDRESS);
    }

    static Optional<Instant> oldestIfTooMany(Connection c, String where, List<String> values, Instant since,
            int limit) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT COUNT(*), MIN(at) FROM login_failures WHERE "
                + where + " AND at > ?")) {
            for (int i = 0; i < values.size(); i++) {
                s.setString(i + 1, values.get(i));
            }
            s.setObject(values.size() + 1, OffsetDateTime.ofInstant(since, ZoneOffset.UTC));
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1) >= limit
                        ? Optional.of(r.getObject(2, OffsetDateTime.class).toInstant())
                        : Optional.empty();
            }
        }
    }

    static boolean exists(Connection c, String username) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT 1 FROM users WHERE username = ?")) {
            s.setString(1, username);
            try (ResultSet r = s.executeQuery()) {
                return r.next();
            }
        }
    }

    static Optional<Actor> actor(Connection c, long userId) throws SQLException {
        return user(c, userId).filter(u -> !u.disabled()).map(u -> {
            return new Actor(u.id(), u.username(), u.role(), regionIdOf(c, u.regionCode()), u.departmentIds());
        });
    }

    static Long regionIdOf(Connection c, String code) {
        try {
            return code == null ? null : Directory.regionId(c, code).orElse(null);
        } catch (SQLException e) {
            throw new org.gongkai.store.StoreException(e.getMessage(), e);
        }
    }

    static Optional<User> user(Connection c, long id) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT u.username, u.display_name, u.role, r.code, u.disabled"
                + " FROM users u LEFT JOIN regions r ON r.id = u.region_id WHERE u.id = ?")) {
            s.setLong(1, id);
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                    return Optional.empty();
                }
                Set<Long> departments = new HashSet<>();
                try (PreparedStatement d = c.prepareStatement(
                        "SELECT department_id FROM user_departments WHERE user_id = ?")) {
                    d.setLong(1, id);
                    try (ResultSet dr = d.executeQuery()) {
                        while (dr.next()) {
                            departments.add(dr.getLong(1));
                        }
                    }
                }
                return Optional.of(new User(id, r.getString(1), r.getString(2), Role.ofCode(r.getString(3)),
                        r.getString(4), departments, r.getBoolean(5)));
            }
        }
    }
}
