package org.gongkai.store;

import java.nio.file.Path;
import java.time.Clock;

/**
 * The child of {@link DurableCommitsTest}: appends to the audit log of the embedded database in the
 * folder given until it is killed, printing {@code ack N} once the N-th append has committed.
 */
public final class WritesUntilKilled {

    private WritesUntilKilled() {}

    public static void main(String[] args) throws java.sql.SQLException {
        String url = Database.embeddedUrl(Path.of(args[0]));
        // held open as the server's connection pool holds its connections: the database stays open
        // between transactions instead of being closed (and written out) after each
        java.sql.Connection pool = java.sql.DriverManager.getConnection(url, "sa", "");
        Database database = Database.open(url, "sa", "");
        database.migrate();
        JdbcAuditLog log = new JdbcAuditLog(database, Clock.systemUTC());
        for (int i = 0; ; i++) {
            log.append(args[1], "save", "disclosures/" + i, null, null);
            System.out.println("ack " + i);
            System.out.flush();
            if (pool.isClosed()) {
                return;
            }
        }
    }
}
