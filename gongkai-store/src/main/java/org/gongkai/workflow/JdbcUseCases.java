package org.gongkai.workflow;

import java.time.Clock;
import org.gongkai.divisions.Divisions;
import org.gongkai.store.Database;
import org.gongkai.store.JdbcAuditLog;

/**
 * The directory's, the accounts' and the audit log's use cases over the JDBC repositories of one
 * database: the one place that knows both, so that the use cases know only the interfaces.
 */
public final class JdbcUseCases {

    private JdbcUseCases() {
    }

    /** A directory whose provinces, cities and counties are those of {@link Divisions#standard()}. */
    public static Directory directory(Database database, JdbcAuditLog audit) {
        return directory(database, audit, Divisions.standard());
    }

    public static Directory directory(Database database, JdbcAuditLog audit, Divisions divisions) {
        return new Directory(new JdbcTransactions(database), new JdbcRegions(database), new JdbcDepartmentViews(database),
                new JdbcAuditTrail(database, audit), divisions);
    }

    public static Accounts accounts(Database database, JdbcAuditLog audit, PasswordHasher hasher, Clock clock) {
        JdbcTransactions transactions = new JdbcTransactions(database);
        JdbcUsers users = new JdbcUsers(database);
        JdbcAuditTrail trail = new JdbcAuditTrail(database, audit);
        UserAdministration administration = new UserAdministration(transactions, users, new JdbcRegions(database),
                new JdbcDepartments(database), trail, hasher, clock);
        return new Accounts(transactions, users, new JdbcTokens(database), new JdbcLoginFailures(database), trail,
                administration, hasher, clock);
    }

    public static AuditAccess auditAccess(Database database, JdbcAuditLog audit) {
        return new AuditAccess(new JdbcTransactions(database), audit, new JdbcRegions(database),
                new JdbcPlacements(database));
    }
}
