package org.gongkai.workflow;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.gongkai.lifecycle.Actor;
import org.gongkai.lifecycle.Departments;
import org.gongkai.lifecycle.Role;
import org.gongkai.lifecycle.Transactions;
import org.gongkai.lifecycle.WorkflowException;
import org.gongkai.store.Digests;
import org.gongkai.workflow.Accounts.User;

/**
 * Administration of accounts: who may create them, what a valid account is, and listing them.
 * Kept apart from {@link Accounts}' sign-in, sessions and tokens, which change for other reasons.
 */
final class UserAdministration {

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,62}");

    private final Transactions transactions;
    private final Users users;
    private final Regions regions;
    private final Departments departments;
    private final AuditTrail audit;
    private final PasswordHasher hasher;
    private final Clock clock;

    UserAdministration(Transactions transactions, Users users, Regions regions, Departments departments,
            AuditTrail audit, PasswordHasher hasher, Clock clock) {
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.users = Objects.requireNonNull(users, "users");
        this.regions = Objects.requireNonNull(regions, "regions");
        this.departments = Objects.requireNonNull(departments, "departments");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.hasher = Objects.requireNonNull(hasher, "hasher");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    long count() {
        return transactions.inTransaction(users::count);
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
        return transactions.inTransaction(() -> {
            Long regionId = null;
            if (regionCode != null && !regionCode.isBlank()) {
                regionId = regions.idOf(regionCode)
                        .orElseThrow(() -> WorkflowException.invalid("/region", "no region coded " + regionCode));
            }
            if (users.exists(username)) {
                throw WorkflowException.conflict("用户名已存在 (user name taken): " + username);
            }
            Set<Long> departmentIds = new LinkedHashSet<>();
            for (String code : departmentCodes == null ? List.<String>of() : departmentCodes) {
                departmentIds.add(departments.idOf(code).orElseThrow(() -> WorkflowException.invalid(
                        "/departments", "no department " + code + " (give REGION/CODE, e.g. 130535/306)")));
            }
            User added = users.add(new Users.NewUser(username,
                    displayName == null || displayName.isBlank() ? username : displayName, hash, role, regionId,
                    departmentIds, clock.instant().truncatedTo(ChronoUnit.MICROS)));
            audit.append(by.username(), "create-user", "users/" + username, null, Digests.sha256(role.code()));
            return added;
        });
    }

    /** Every account, by name: two statements however many there are (the accounts, their departments). */
    List<User> users() {
        return transactions.inTransaction(users::all);
    }
}
