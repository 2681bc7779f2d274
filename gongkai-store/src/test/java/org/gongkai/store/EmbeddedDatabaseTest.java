package org.gongkai.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded database's two users: the application's user reads and writes rows but cannot
 * truncate or rewrite what never changes, drop a trigger or alter the schema; nobody opens the
 * database with the old empty password; the passwords are in an owner-only file; commits stay
 * durable for the application's connections.
 */
class EmbeddedDatabaseTest {

    @TempDir
    Path folder;

    @Test
    void theApplicationsUserCannotTruncateDropATriggerOrRewriteTheLog() throws Exception {
        try (EmbeddedDatabase embedded = EmbeddedDatabase.open(folder)) {
            assertThat(embedded.migrationsRan()).isEqualTo(7);
            Database app = Database.open(embedded.url(), embedded.appUser(), embedded.appPassword());
            JdbcAuditLog audit = new JdbcAuditLog(app, Clock.systemUTC());
            audit.append("zhang", "save", "departments/1", null, null);
            int entries = app.read(c -> count(c, "audit_log"));
            assertThat(entries).isEqualTo(1);
            for (String sql : List.of("TRUNCATE TABLE published_files", "TRUNCATE TABLE audit_log",
                    "DELETE FROM audit_log", "UPDATE audit_log SET actor = 'li'",
                    "DROP TRIGGER published_files_never_change", "DROP TRIGGER disclosure_dates_set_once",
                    "ALTER TABLE disclosures DROP COLUMN approved_on", "SET REFERENTIAL_INTEGRITY FALSE",
                    "CREATE USER intruder PASSWORD 'x' ADMIN", "SCRIPT TO '" + folder.resolve("copy.sql") + "'")) {
                assertThatThrownBy(() -> app.inTransaction(c -> {
                    try (Statement s = c.createStatement()) {
                        return s.execute(sql);
                    }
                })).as(sql).isInstanceOf(StoreException.class);
            }
            assertThat(audit.verify()).isEmpty();
            String writeDelay = app.read(c -> setting(c, "WRITE_DELAY"));
            assertThat(writeDelay).as("commits durable (ADR 0010)").isEqualTo("0");
        }
    }

    @Test
    void thePasswordsAreNotEmptyAndKeptForTheOwnerOnly() throws Exception {
        try (EmbeddedDatabase first = EmbeddedDatabase.open(folder)) {
            assertThat(first.appPassword()).hasSizeGreaterThanOrEqualTo(30);
        }
        Path file = folder.resolve(EmbeddedDatabase.CREDENTIALS);
        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThatThrownBy(() -> DriverManager.getConnection(Database.embeddedUrl(folder), "sa", "").close())
                .isInstanceOf(SQLException.class);
        Properties users = new Properties();
        users.load(Files.newBufferedReader(file));
        assertThat(users.getProperty("owner.password")).isNotBlank().isNotEqualTo(users.getProperty("app.password"));
        try (EmbeddedDatabase again = EmbeddedDatabase.open(folder)) {
            assertThat(again.migrationsRan()).isZero();
            assertThat(again.appPassword()).isEqualTo(users.getProperty("app.password"));
        }
    }

    @Test
    void aDatabaseOfTheEmptyPasswordGetsOne() throws Exception {
        Database old = Database.open(Database.embeddedUrl(folder), "sa", "");
        old.migrate();
        new JdbcAuditLog(old, Clock.systemUTC()).append("zhang", "save", "departments/1", null, null);
        try (EmbeddedDatabase embedded = EmbeddedDatabase.open(folder)) {
            Database app = Database.open(embedded.url(), embedded.appUser(), embedded.appPassword());
            int entries = app.read(c -> count(c, "audit_log"));
            assertThat(entries).isEqualTo(1);
        }
        assertThatThrownBy(() -> DriverManager.getConnection(Database.embeddedUrl(folder), "sa", "").close())
                .isInstanceOf(SQLException.class);
    }

    private static int count(Connection c, String table) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
            r.next();
            return r.getInt(1);
        }
    }

    private static String setting(Connection c, String name) throws SQLException {
        try (var s = c.prepareStatement("SELECT setting_value FROM information_schema.settings WHERE setting_name = ?")) {
            s.setString(1, name);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? r.getString(1) : null;
            }
        }
    }
}
