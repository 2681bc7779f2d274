package org.gongkai.workflow;

import java.util.Objects;
import org.gongkai.store.Database;
import org.gongkai.store.JdbcAuditLog;

/** Appends to {@link JdbcAuditLog} on the connection of the transaction running. */
final class JdbcAuditTrail implements AuditTrail {

    private final Database database;
    private final JdbcAuditLog audit;

    JdbcAuditTrail(Database database, JdbcAuditLog audit) {
        this.database = Objects.requireNonNull(database, "database");
        this.audit = Objects.requireNonNull(audit, "audit");
    }

    @Override
    public void append(String actor, String action, String subject, String beforeDigest, String afterDigest) {
        Rows.unchecked(() -> audit.append(database.connection(), actor, action, subject, beforeDigest, afterDigest));
    }
}
