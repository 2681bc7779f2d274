package org.gongkai.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The store on a real PostgreSQL (embedded, started once for the class), a new database per test. */
class PostgresStoreTest extends StoreContract {

    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static EmbeddedPostgres postgres;

    @BeforeAll
    static void start() throws IOException {
        postgres = EmbeddedPostgres.start();
    }

    @AfterAll
    static void stop() throws IOException {
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void theApplicationsRoleCannotTruncateDropATriggerOrRewriteTheLog() throws SQLException {
        String url;
        try (Connection c = database.dataSource().getConnection()) {
            // without the ?user=postgres the embedded server's URLs carry
            url = c.getMetaData().getURL().replaceFirst("\\?.*$", "");
        }
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'gongkai_app') THEN"
                    + " CREATE ROLE gongkai_app LOGIN PASSWORD 'app-password'; END IF; END $$");
        }
        database.inTransaction(c -> {
            Privileges.grant(c, "gongkai_app");
            return null;
        });
        Database app = Database.open(url, "gongkai_app", "app-password");
        String who = app.read(c -> {
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT current_user")) {
                r.next();
                return r.getString(1);
            }
        });
        assertThat(who).isEqualTo("gongkai_app");
        int regions = app.read(c -> {
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT COUNT(*) FROM regions")) {
                r.next();
                return r.getInt(1);
            }
        });
        assertThat(regions).as("the region the contract set up").isEqualTo(1);
        audit.append("zhang", "save", "departments/1", null, null);
        for (String sql : List.of("TRUNCATE published_files", "TRUNCATE audit_log", "DELETE FROM audit_log",
                "UPDATE audit_log SET actor = 'li'", "DROP TRIGGER published_files_never_change ON published_files",
                "DROP TRIGGER disclosure_dates_set_once ON disclosures", "ALTER TABLE disclosures DROP COLUMN approved_on")) {
            Throwable refused = org.assertj.core.api.Assertions.catchThrowable(() -> app.inTransaction(c -> {
                try (Statement s = c.createStatement()) {
                    return s.execute(sql);
                }
            }));
            assertThat(refused).as(sql).isInstanceOf(StoreException.class);
        }
        // the owner is refused TRUNCATE too, by the trigger
        assertThatThrownBy(() -> execute("TRUNCATE published_files")).hasMessageContaining("never truncated");
        assertThat(audit.verify()).isEmpty();
        assertThat(audit.entries()).hasSize(1);
    }

    @Override
    Database freshDatabase() {
        String name = "gongkai" + DATABASES.incrementAndGet();
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return Database.open(postgres.getJdbcUrl("postgres", name), "postgres", "postgres");
    }
}
