package org.gongkai.workflow;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.gongkai.lifecycle.Actor;
import org.gongkai.lifecycle.Role;
import org.gongkai.store.Database;
import org.gongkai.workflow.Accounts.User;

/** The rows of {@code users} and {@code user_departments}, on the connection of the transaction running. */
final class JdbcUsers implements Users {

    private static final String USER = "SELECT u.id, u.username, u.display_name, u.role, r.code, u.disabled, r.id"
            + " FROM users u LEFT JOIN regions r ON r.id = u.region_id";

    private final Database database;

    JdbcUsers(Database database) {
        this.database = Objects.requireNonNull(database, "database");
    }

    @Override
    public long count() {
        return Rows.unchecked(() -> Rows.one(database.connection(), "SELECT COUNT(*) FROM users",
                () -> new IllegalStateException("COUNT(*) gave no row"), r -> r.getLong(1)));
    }

    @Override
    public Optional<Credentials> credentials(String username) {
        return Rows.unchecked(() -> Rows.first(database.connection(),
                "SELECT id, password_hash, disabled FROM users WHERE username = ?",
                r -> new Credentials(r.getLong(1), r.getString(2), r.getBoolean(3)), username));
    }

    @Override
    public Optional<Actor> actor(long userId) {
        return Rows.unchecked(() -> {
            Connection c = database.connection();
            return Rows.first(c, USER + " WHERE u.id = ? AND u.disabled = FALSE", r -> new Actor(userId, r.getString(2),
                    Role.ofCode(r.getString(4)), r.getObject(7, Long.class), departmentsOf(c, userId)), userId);
        });
    }

    @Override
    public boolean exists(String username) {
        return Rows.unchecked(() -> Rows.first(database.connection(), "SELECT 1 FROM users WHERE username = ?",
                r -> Boolean.TRUE, username).isPresent());
    }

    @Override
    public User add(NewUser user) {
        return Rows.unchecked(() -> {
            Connection c = database.connection();
            long id = Rows.insert(c, "INSERT INTO users (username, display_name, password_hash, role, region_id,"
                    + " created_at) VALUES (?, ?, ?, ?, ?, ?)", user.username(), user.displayName(), user.passwordHash(),
                    user.role().code(), user.regionId(), OffsetDateTime.ofInstant(user.createdAt(), ZoneOffset.UTC));
            for (long department : user.departmentIds()) {
                Rows.update(c, "INSERT INTO user_departments (user_id, department_id) VALUES (?, ?)", id, department);
            }
            Set<Long> departments = departmentsOf(c, id);
            return Rows.one(c, USER + " WHERE u.id = ?", () -> new IllegalStateException("user " + id + " not added"),
                    r -> user(r, departments), id);
        });
    }

    @Override
    public List<User> all() {
        return Rows.unchecked(() -> {
            Connection c = database.connection();
            Map<Long, Set<Long>> departments = new HashMap<>();
            for (Membership m : Rows.all(c, "SELECT user_id, department_id FROM user_departments",
                    r -> new Membership(r.getLong(1), r.getLong(2)))) {
                departments.computeIfAbsent(m.userId(), k -> new HashSet<>()).add(m.departmentId());
            }
            return Rows.all(c, USER + " ORDER BY u.username",
                    r -> user(r, departments.getOrDefault(r.getLong(1), Set.of())));
        });
    }

    /** A row of {@code user_departments}. */
    private record Membership(long userId, long departmentId) {
    }

    private static Set<Long> departmentsOf(Connection c, long userId) throws SQLException {
        return new HashSet<>(Rows.all(c, "SELECT department_id FROM user_departments WHERE user_id = ?",
                r -> r.getLong(1), userId));
    }

    private static User user(ResultSet r, Set<Long> departments) throws SQLException {
        return new User(r.getLong(1), r.getString(2), r.getString(3), Role.ofCode(r.getString(4)), r.getString(5),
                departments, r.getBoolean(6));
    }
}
