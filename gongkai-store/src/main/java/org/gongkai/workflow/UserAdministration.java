package org.gongkai.workflow;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.gongkai.lifecycle.Actor;
import org.gongkai.lifecycle.Role;
import org.gongkai.lifecycle.WorkflowException;
import org.gongkai.store.Database;
import org.gongkai.store.Digests;
import org.gongkai.store.JdbcAuditLog;
import org.gongkai.workflow.Accounts.User;

/**
 * Administration of accounts: who may create them, what a valid account is, and listing them.
 * Kept apart from {@link Accounts}' sign-in, sessions and tokens, which change for other reasons.
 */
final class UserAdministration {

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,62}");

    private final Database database;
    private final JdbcAuditLog audit;
    private final PasswordHasher hasher;
    private final Clock clock;

    UserAdministration(Database database, JdbcAuditLog audit, PasswordHasher hasher, Clock clock) {
        this.database = Objects.requireNonNull(database, "database");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.hasher = Objects.requireNonNull(hasher, "hasher");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    long count() {
        return database.inTransaction(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM users"); ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        });
    }

    /** Creates an account; only an administrator may. The password must have at least 12 characters. */
    User create(Actor by, String username, String displayName, Role role, String regionCode,
            List<String> departmentCodes, String password) {
        if (by.isPublic()) {
            throw new WorkflowException(WorkflowException.Kind.UNAUTHENTICATED, "请先登录 (sign in first)", List.of(),
                    java.util.Map.of());
        }
        if (!by.is(Role.ADMINISTRATOR)) {
            throw WorkflowException.forbidden("only an administrator creates accounts");
        }
        FieldLength.atMost("/displayName", displayName, 200);
        List<WorkflowException.FieldProblem> problems = new ArrayList<>();
        if (username == null || !USERNAME.matcher(username).matches()) {
            problems.add(new WorkflowException.FieldProblem("/username",
                    "用户名须为2至63个小写字母、数字、点、下划线或连字符 (2-63 lower-case letters, digits, . _ -)"));
        }
        if (password == null || password.length() < 12) {
            problems.add(new WorkflowException.FieldProblem("/password", "密码至少12个字符 (at least 12 characters)"));
        }
        if (role == null) {
            problems.add(new WorkflowException.FieldProblem("/role", "角色必填 (role is required)"));
        }
        if (role == Role.REVIEWER && (regionCode == null || regionCode.isBlank())) {
            problems.add(new WorkflowException.FieldProblem("/region", "审核人员须指定地区 (a reviewer needs a region)"));
        }
        if (!problems.isEmpty()) {
            throw new WorkflowException(WorkflowException.Kind.INVALID, "账户信息不完整 (the account is not valid)",
                    problems, java.util.Map.of());
        }
        String hash = hasher.hash(password);
        return database.inTransaction(c -> {
            Long regionId = null;
            if (regionCode != null && !regionCode.isBlank()) {
                regionId = Directory.regionId(c, regionCode)
                        .orElseThrow(() -> WorkflowException.invalid("/region", "no region coded " + regionCode));
            }
            if (AccountRows.exists(c, username)) {
                throw WorkflowException.conflict("用户名已存在 (user name taken): " + username);
            }
            long id;
            try (PreparedStatement s = c.prepareStatement("INSERT INTO users"
                    + " (username, display_name, password_hash, role, region_id, created_at) VALUES (?, ?, ?, ?, ?, ?)",
                    new String[] {"id"})) {
                s.setString(1, username);
                s.setString(2, displayName == null || displayName.isBlank() ? username : displayName);
                s.setString(3, hash);
                s.setString(4, role.code());
                s.setObject(5, regionId);
                s.setObject(6, now());
                s.executeUpdate();
                try (ResultSet keys = s.getGeneratedKeys()) {
                    keys.next();
                    id = keys.getLong(1);
                }
            }
            for (String code : departmentCodes == null ? List.<String>of() : departmentCodes) {
                long departmentId = Directory.departmentIdByKey(c, code).orElseThrow(() -> WorkflowException.invalid(
                        "/departments", "no department " + code + " (give REGION/CODE, e.g. 130535/306)"));
                try (PreparedStatement s = c.prepareStatement(
                        "INSERT INTO user_departments (user_id, department_id) VALUES (?, ?)")) {
                    s.setLong(1, id);
                    s.setLong(2, departmentId);
                    s.executeUpdate();
                }
            }
            audit.append(c, by.username(), "create-user", "users/" + username, null, Digests.sha256(role.code()));
            return AccountRows.user(c, id).orElseThrow();
        });
    }

    /** Every account, by name: two statements however many there are (the accounts, their departments). */
    List<User> users() {
        return database.inTransaction(c -> {
            Map<Long, Set<Long>> departments = new HashMap<>();
            try (PreparedStatement s = c.prepareStatement("SELECT user_id, department_id FROM user_departments");
                    ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    departments.computeIfAbsent(r.getLong(1), k -> new HashSet<>()).add(r.getLong(2));
                }
            }
            List<User> users = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT u.id, u.username, u.display_name, u.role, r.code,"
                    + " u.disabled FROM users u LEFT JOIN regions r ON r.id = u.region_id ORDER BY u.username");
                    ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    long id = r.getLong(1);
                    users.add(new User(id, r.getString(2), r.getString(3), Role.ofCode(r.getString(4)), r.getString(5),
                            departments.getOrDefault(id, Set.of()), r.getBoolean(6)));
                }
            }
            return users;
        });
    }

    private OffsetDateTime now() {
        return OffsetDateTime.ofInstant(clock.instant().truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC);
    }
}
