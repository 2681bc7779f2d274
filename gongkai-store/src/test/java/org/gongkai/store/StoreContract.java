package org.gongkai.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.OptionalLong;
import org.gongkai.importing.canonical.CanonicalCodec;
import org.gongkai.importing.canonical.CanonicalFormat;
import org.gongkai.model.Disclosure;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What the database itself guarantees, whatever code writes to it (the migrations, the triggers that
 * keep published versions and set-once dates, the audit log's chain), run against each database by a
 * subclass that hands out a fresh, empty database per test. The workflow's behaviour over these tables
 * is tested in {@code org.gongkai.workflow}.
 */
abstract class StoreContract {

    static final CanonicalCodec CODEC = new CanonicalCodec();
    static final Disclosure SEED = CODEC.read(seedFile());

    /** A fresh database, not yet migrated, that no other test uses. */
    abstract Database freshDatabase();

    final TickingClock clock = new TickingClock(Instant.parse("2020-01-20T08:00:00.123456789Z"));
    Database database;
    JdbcAuditLog audit;
    long department;

    @BeforeEach
    void setUp() throws SQLException {
        database = freshDatabase();
        assertThat(database.migrate()).as("every migration of the set runs on a fresh database").isEqualTo(7);
        audit = new JdbcAuditLog(database, clock);
        execute("INSERT INTO regions (parent_id, level, name, code) VALUES (NULL, 'county', '临西县', '130535')");
        execute("INSERT INTO departments (region_id, code, name, nature) SELECT id, '306', '临西县科学技术协会', '事业单位'"
                + " FROM regions WHERE code = '130535'");
        department = database.read(c -> {
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT id FROM departments")) {
                r.next();
                return r.getLong(1);
            }
        });
    }

    @Test
    void anApprovalDateAndAFirstPublicationAreSetOnce() throws SQLException {
        long id = insertDisclosure();
        execute("UPDATE disclosures SET approved_on = DATE '2020-01-10' WHERE id = " + id);
        execute("UPDATE disclosures SET published_at = TIMESTAMP WITH TIME ZONE '2020-01-20 08:00:00+00' WHERE id = " + id);
        // the workflow writes them with COALESCE: the same value again is no change
        execute("UPDATE disclosures SET approved_on = COALESCE(approved_on, DATE '2020-03-01') WHERE id = " + id);
        for (String change : List.of("approved_on = DATE '2020-01-01'", "approved_on = NULL",
                "published_at = TIMESTAMP WITH TIME ZONE '2020-01-30 08:00:00+00'", "published_at = NULL")) {
            assertThatThrownBy(() -> execute("UPDATE disclosures SET " + change + " WHERE id = " + id))
                    .as(change).isInstanceOf(SQLException.class).hasMessageContaining("set once");
        }
        java.time.LocalDate kept = database.read(c -> {
            try (Statement s = c.createStatement();
                    ResultSet r = s.executeQuery("SELECT approved_on FROM disclosures WHERE id = " + id)) {
                r.next();
                return r.getObject(1, java.time.LocalDate.class);
            }
        });
        assertThat(kept).isEqualTo("2020-01-10");
    }

    @Test
    void migratingAgainDoesNothing() {
        assertThat(database.migrate()).isZero();
    }

    @Test
    void aPublishedVersionCannotChange() throws SQLException {
        long id = insertDisclosure();
        insertVersion(id, 1, "published");
        insertVersion(id, 2, "draft");
        // not even a statement typed by hand changes the published one: the database refuses it
        for (String sql : List.of("UPDATE disclosure_versions SET change_note = 'edited' WHERE version = 1",
                "UPDATE disclosure_versions SET status = 'draft' WHERE version = 1",
                "DELETE FROM disclosure_versions WHERE version = 1")) {
            assertThatThrownBy(() -> database.inTransaction(c -> {
                try (var st = c.createStatement()) {
                    return st.executeUpdate(sql);
                }
            })).as(sql).isInstanceOf(StoreException.class).hasMessageContaining("cannot change");
        }
        int changedRows = database.inTransaction(c -> {
            try (var st = c.createStatement()) {
                return st.executeUpdate("UPDATE disclosure_versions SET change_note = 'drafts may change' WHERE version = 2");
            }
        });
        assertThat(changedRows).isEqualTo(1);
    }

    @Test
    void everyChangeIsAuditedAndTheChainVerifies() {
        String digest = Digests.sha256("{}");
        audit.append("zhang", "create", "departments/1/disclosures/2020/versions/1", null, digest);
        audit.append("zhang", "submit (draft -> submitted)", "departments/1/disclosures/2020/versions/1", digest, digest);
        audit.append("li", "login", "users/li", null, null);

        List<AuditEntry> entries = audit.entries();
        assertThat(entries).extracting(AuditEntry::seq).containsExactly(1L, 2L, 3L);
        assertThat(entries.get(0).action()).isEqualTo("create");
        assertThat(entries.get(0).subject()).isEqualTo("departments/1/disclosures/2020/versions/1");
        assertThat(entries.get(0).beforeDigest()).isNull();
        assertThat(entries.get(0).afterDigest()).isEqualTo(digest);
        assertThat(entries.get(0).previousHash()).isEqualTo(JdbcAuditLog.GENESIS);
        assertThat(entries.get(1).action()).isEqualTo("submit (draft -> submitted)");
        assertThat(entries.get(1).previousHash()).isEqualTo(entries.get(0).hash());
        assertThat(entries.get(2).at()).isAfter(entries.get(1).at());
        assertThat(audit.verify()).isEmpty();
    }

    @Test
    void aRowEditedBehindTheLogsBackIsFound() throws SQLException {
        audit.append("zhang", "create", "departments/1/disclosures/2020/versions/1", null, null);
        audit.append("li", "view", "departments/1", null, null);
        audit.append("wang", "view", "departments/1", null, null);
        assertThat(audit.verify()).isEmpty();

        execute("UPDATE audit_log SET actor = 'mallory' WHERE seq = 2");
        assertThat(audit.verify()).isEqualTo(OptionalLong.of(2));

        execute("UPDATE audit_log SET actor = 'li' WHERE seq = 2");
        assertThat(audit.verify()).isEmpty();

        // recomputing the edited row's own hash moves the break to the next row
        AuditEntry second = audit.entries().get(1);
        String forged = JdbcAuditLog.hash(second.previousHash(), 2, second.at(), "mallory", second.action(),
                second.subject(), null, null);
        execute("UPDATE audit_log SET actor = 'mallory', hash = '" + forged + "' WHERE seq = 2");
        assertThat(audit.verify()).isEqualTo(OptionalLong.of(3));

        execute("DELETE FROM audit_log WHERE seq = 1");
        assertThat(audit.verify()).isEqualTo(OptionalLong.of(2));
    }

    // ---- helpers

    long insertDisclosure() throws SQLException {
        execute("INSERT INTO disclosures (department_id, fiscal_year, kind) VALUES (" + department + ", 2020, 'budget')");
        return database.read(c -> {
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT MAX(id) FROM disclosures")) {
                r.next();
                return r.getLong(1);
            }
        });
    }

    void insertVersion(long id, int version, String status) throws SQLException {
        String json = CODEC.write(SEED, CanonicalFormat.JSON);
        try (Connection c = database.dataSource().getConnection(); PreparedStatement s = c.prepareStatement(
                "INSERT INTO disclosure_versions (disclosure_id, version, status, canonical_json, sha256, created_at,"
                        + " created_by) VALUES (?, ?, ?, ?, ?, CURRENT_TIMESTAMP, 'zhang')")) {
            s.setLong(1, id);
            s.setInt(2, version);
            s.setString(3, status);
            s.setString(4, json);
            s.setString(5, Digests.sha256(json));
            s.executeUpdate();
        }
    }

    void execute(String sql) throws SQLException {
        try (Connection c = database.dataSource().getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate(sql);
        }
    }

    static Path seedFile() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path seed = dir.resolve("examples/linxi-kexie-2020.yaml");
            if (Files.isRegularFile(seed)) {
                return seed;
            }
        }
        throw new IllegalStateException("examples/linxi-kexie-2020.yaml not found above " + Path.of("").toAbsolutePath());
    }

    /** A clock that moves one second each time it is read, so entries have distinct times. */
    static final class TickingClock extends Clock {
        private Instant next;

        TickingClock(Instant start) {
            this.next = start;
        }

        @Override
        public synchronized Instant instant() {
            Instant now = next;
            next = next.plus(Duration.ofSeconds(1));
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException();
        }
    }
}
