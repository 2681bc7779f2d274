package org.gongkai.workflow;

import org.gongkai.lifecycle.WorkflowException;

import org.gongkai.lifecycle.Role;

import org.gongkai.lifecycle.Actor;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.gongkai.store.AuditEntry;
import org.gongkai.store.Database;
import org.gongkai.store.JdbcAuditLog;

/**
 * Who reads which entries of the audit log. Administrators read all of it; a reviewer reads the
 * entries of the regions they review (their region and below: its regions, departments and
 * disclosures), as they may see those drafts; nobody else reads entries. Entries about accounts
 * ({@code users/...}: sign-ins, tokens, new accounts) are the administrators' only. The chain is
 * still checked whole by {@code verify}, which tells the intact or the first broken seq, no content.
 */
public final class AuditAccess {

    private final Database database;
    private final JdbcAuditLog audit;

    public AuditAccess(Database database, JdbcAuditLog audit) {
        this.database = Objects.requireNonNull(database, "database");
        this.audit = Objects.requireNonNull(audit, "audit");
    }

    /** The entries {@code actor} may read, in order; refused for anyone but reviewers and administrators. */
    public List<AuditEntry> entries(Actor actor) {
        if (actor.is(Role.ADMINISTRATOR)) {
            return audit.entries();
        }
        if (!actor.is(Role.REVIEWER)) {
            throw WorkflowException.forbidden("the audit log is for reviewers and administrators");
        }
        List<AuditEntry> all = audit.entries();
        if (actor.regionId() == null) {
            return List.of();
        }
        return database.read(c -> {
            List<AuditEntry> out = new ArrayList<>();
            // a log names the same few departments and regions over and over: each is looked up once
            java.util.Map<String, Boolean> seen = new java.util.HashMap<>();
            for (AuditEntry e : all) {
                String[] parts = e.subject().split("/", 3);
                String key = parts.length < 2 ? "" : parts[0] + "/" + parts[1];
                Boolean in = seen.get(key);
                if (in == null) {
                    in = inRegion(c, parts, actor.regionId());
                    seen.put(key, in);
                }
                if (in) {
                    out.add(e);
                }
            }
            return out;
        });
    }

    /**
     * Whether an entry's subject lies in the region: {@code departments/ID/...} by the department's
     * region, {@code regions/CODE/...} by the region's code; anything else (accounts) is not.
     */
    private static boolean inRegion(Connection c, String[] parts, long top) throws SQLException {
        if (parts.length < 2) {
            return false;
        }
        if (parts[0].equals("departments")) {
            Optional<Long> department = number(parts[1]);
            return department.isPresent() && exists(c, department.get())
                    && Directory.within(c, Directory.regionOfDepartment(c, department.get()), top);
        }
        if (parts[0].equals("regions")) {
            Optional<Long> region = Directory.regionId(c, parts[1]);
            return region.isPresent() && Directory.within(c, region.get(), top);
        }
        return false;
    }

    private static boolean exists(Connection c, long departmentId) throws SQLException {
        try (var s = c.prepareStatement("SELECT 1 FROM departments WHERE id = ?")) {
            s.setLong(1, departmentId);
            try (var r = s.executeQuery()) {
                return r.next();
            }
        }
    }

    private static Optional<Long> number(String text) {
        try {
            return Optional.of(Long.parseLong(text));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
