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
import org.gongkai.importing.UnusableInputException;
import org.gongkai.importing.canonical.CanonicalCodec;
import org.gongkai.importing.canonical.CanonicalFormat;
import org.gongkai.model.Disclosure;
import org.gongkai.model.DocumentInfo;
import org.gongkai.model.GovernmentLevel;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The whole behaviour of the store, run against each database by a subclass that hands out a
 * fresh, empty database per test.
 */
abstract class StoreContract {

    static final CanonicalCodec CODEC = new CanonicalCodec();
    static final Disclosure SEED = CODEC.read(seedFile());

    /** A fresh database, not yet migrated, that no other test uses. */
    abstract Database freshDatabase();

    final TickingClock clock = new TickingClock(Instant.parse("2020-01-20T08:00:00.123456789Z"));
    Database database;
    JdbcAuditLog audit;
    JdbcDisclosures disclosures;
    StoredDepartment kexie;

    @BeforeEach
    void setUp() {
        database = freshDatabase();
        assertThat(database.migrate()).as("every migration of the set runs on a fresh database").isEqualTo(7);
        audit = new JdbcAuditLog(database, clock);
        disclosures = new JdbcDisclosures(database, audit, clock, CODEC);
        Regions regions = new JdbcRegions(database);
        regions.create(null, GovernmentLevel.PROVINCE, "河北省", "130000");
        regions.create("130000", GovernmentLevel.CITY, "邢台市", "130500");
        regions.create("130500", GovernmentLevel.COUNTY, "临西县", "130535");
        kexie = new JdbcDepartments(database).create("130535", "306", "临西县科学技术协会", "事业单位");
    }

    @Test
    void anApprovalDateAndAFirstPublicationAreSetOnce() throws SQLException {
        disclosures.saveVersion(kexie.id(), 2020, SEED, "zhang", "as published");
        long id = database.<Long>read(c -> {
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT id FROM disclosures")) {
                r.next();
                return r.getLong(1);
            }
        });
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
    void regionsFormATreeAndDepartmentsAreFoundByCode() {
        Regions regions = new JdbcRegions(database);
        StoredRegion county = regions.findByCode("130535").orElseThrow();
        StoredRegion city = regions.findByCode("130500").orElseThrow();
        StoredRegion province = regions.findByCode("130000").orElseThrow();
        assertThat(county.parentId()).isEqualTo(city.id());
        assertThat(city.parentId()).isEqualTo(province.id());
        assertThat(province.parentId()).isNull();
        assertThat(county.level()).isEqualTo(GovernmentLevel.COUNTY);
        assertThat(county.name()).isEqualTo("临西县");
        assertThat(regions.findByCode("999999")).isEmpty();

        Departments departments = new JdbcDepartments(database);
        assertThat(departments.findByCode("130535", "306")).contains(kexie);
        assertThat(departments.findByCode("130500", "306")).isEmpty();
        assertThatThrownBy(() -> departments.create("999999", "1", "无", null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("999999");
        assertThatThrownBy(() -> departments.create("130535", "306", "重复", null))
                .isInstanceOf(StoreException.class);
    }

    @Test
    void theSeedComesBackAsItWasSaved() {
        VersionInfo saved = disclosures.saveVersion(kexie.id(), 2020, SEED, "zhang", "as published");

        assertThat(saved.version()).isEqualTo(1);
        assertThat(saved.status()).isEqualTo(VersionStatus.DRAFT);
        assertThat(saved.createdBy()).isEqualTo("zhang");
        assertThat(saved.createdAt()).isEqualTo(Instant.parse("2020-01-20T08:00:00.123456Z"));
        StoredDisclosure loaded = disclosures.latest(kexie.id(), 2020).orElseThrow();
        assertThat(loaded.disclosure()).isEqualTo(SEED);
        assertThat(loaded.canonicalJson()).isEqualTo(CODEC.write(SEED, CanonicalFormat.JSON));
        assertThat(loaded.info()).isEqualTo(saved);
        assertThat(saved.sha256()).isEqualTo(Digests.sha256(loaded.canonicalJson())).hasSize(64);
        assertThat(disclosures.latest(kexie.id(), 2021)).isEmpty();
        assertThat(disclosures.version(kexie.id(), 2020, 2)).isEmpty();
    }

    @Test
    void theYearsFinalAccountsIsKeptBesideTheYearsBudget() {
        Disclosure finalAccounts = new org.gongkai.disclosure.FinalAccountsDraft(
                org.gongkai.importing.canonical.ProfileLibrary.standard()).draftFor(SEED);
        VersionInfo budget = disclosures.saveVersion(kexie.id(), 2020, SEED, "zhang", "budget");
        VersionInfo fa = disclosures.saveVersion(kexie.id(), 2020, CODEC.write(finalAccounts, CanonicalFormat.JSON),
                "zhang", "决算");

        assertThat(fa.version()).as("the 决算 has its own versions").isEqualTo(1);
        assertThat(fa.disclosureId()).isNotEqualTo(budget.disclosureId());
        assertThat(fa.kind()).isEqualTo(DisclosureKind.FINAL_ACCOUNTS);
        assertThat(fa.subject()).isEqualTo("departments/" + kexie.id() + "/final-accounts/2020/versions/1");
        assertThat(budget.subject()).isEqualTo("departments/" + kexie.id() + "/disclosures/2020/versions/1");
        assertThat(disclosures.latest(kexie.id(), 2020).orElseThrow().disclosure()).isEqualTo(SEED);
        assertThat(disclosures.latest(kexie.id(), 2020, DisclosureKind.FINAL_ACCOUNTS).orElseThrow().disclosure())
                .isEqualTo(finalAccounts);
        disclosures.changeStatus(kexie.id(), 2020, DisclosureKind.FINAL_ACCOUNTS, 1, VersionStatus.SUBMITTED, "zhang");
        assertThat(disclosures.versions(kexie.id(), 2020)).extracting(VersionInfo::status)
                .containsExactly(VersionStatus.DRAFT);
        assertThat(disclosures.versions(kexie.id(), 2020, DisclosureKind.FINAL_ACCOUNTS)).extracting(VersionInfo::status)
                .containsExactly(VersionStatus.SUBMITTED);
    }

    @Test
    void versionsIncreaseAndEachStaysLoadable() throws SQLException {
        Disclosure corrected = withApprovedOn(SEED, java.time.LocalDate.of(2020, 1, 10));
        disclosures.saveVersion(kexie.id(), 2020, SEED, "zhang", "as published");
        VersionInfo second = disclosures.saveVersion(kexie.id(), 2020, corrected, "li", "approval date given");

        assertThat(second.version()).isEqualTo(2);
        assertThat(disclosures.versions(kexie.id(), 2020))
                .extracting(VersionInfo::version, VersionInfo::createdBy, VersionInfo::changeNote)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(1, "zhang", "as published"),
                        org.assertj.core.groups.Tuple.tuple(2, "li", "approval date given"));
        assertThat(disclosures.latest(kexie.id(), 2020).orElseThrow().disclosure()).isEqualTo(corrected);
        assertThat(disclosures.version(kexie.id(), 2020, 1).orElseThrow().disclosure()).isEqualTo(SEED);
        assertThat(disclosures.versions(kexie.id(), 2019)).isEmpty();
        assertThat(count("disclosures")).isEqualTo(1);
    }

    @Test
    void aPublishedVersionCannotChange() {
        disclosures.saveVersion(kexie.id(), 2020, SEED, "zhang", null);
        disclosures.changeStatus(kexie.id(), 2020, 1, VersionStatus.SUBMITTED, "zhang");
        disclosures.changeStatus(kexie.id(), 2020, 1, VersionStatus.APPROVED, "finance-bureau");
        VersionInfo published = disclosures.changeStatus(kexie.id(), 2020, 1, VersionStatus.PUBLISHED, "finance-bureau");
        assertThat(published.status()).isEqualTo(VersionStatus.PUBLISHED);
        String digest = published.sha256();

        Disclosure changed = withApprovedOn(SEED, java.time.LocalDate.of(2020, 1, 10));
        assertThatThrownBy(() -> disclosures.updateVersion(kexie.id(), 2020, 1, changed, "zhang", "fix"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("version 1 of the 2020 disclosure")
                .hasMessageContaining("published");
        assertThatThrownBy(() -> disclosures.changeStatus(kexie.id(), 2020, 1, VersionStatus.RETURNED, "zhang"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("version 1 of the 2020 disclosure");
        StoredDisclosure still = disclosures.version(kexie.id(), 2020, 1).orElseThrow();
        assertThat(still.disclosure()).isEqualTo(SEED);
        assertThat(still.info().sha256()).isEqualTo(digest);
        assertThat(still.info().status()).isEqualTo(VersionStatus.PUBLISHED);

        // a correction is a new version
        assertThat(disclosures.saveVersion(kexie.id(), 2020, changed, "zhang", "correction").version()).isEqualTo(2);

        // and not even a statement typed by hand changes the published one: the database refuses it
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
    void aDraftCanBeUpdatedAndStatusesFollowTheWorkflow() {
        disclosures.saveVersion(kexie.id(), 2020, SEED, "zhang", null);
        Disclosure changed = withApprovedOn(SEED, java.time.LocalDate.of(2020, 1, 10));
        VersionInfo updated = disclosures.updateVersion(kexie.id(), 2020, 1, changed, "zhang", "dates");
        assertThat(updated.version()).isEqualTo(1);
        assertThat(updated.changeNote()).isEqualTo("dates");
        assertThat(disclosures.latest(kexie.id(), 2020).orElseThrow().disclosure()).isEqualTo(changed);
        assertThatThrownBy(() -> disclosures.changeStatus(kexie.id(), 2020, 1, VersionStatus.PUBLISHED, "zhang"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("draft and cannot become published");
        assertThatThrownBy(() -> disclosures.updateVersion(kexie.id(), 2020, 7, changed, "zhang", null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no version 7");
    }

    @Test
    void everyChangeIsAuditedAndTheChainVerifies() {
        VersionInfo first = disclosures.saveVersion(kexie.id(), 2020, SEED, "zhang", null);
        disclosures.changeStatus(kexie.id(), 2020, 1, VersionStatus.SUBMITTED, "zhang");
        audit.append("li", "login", "users/li", null, null);

        List<AuditEntry> entries = audit.entries();
        assertThat(entries).extracting(AuditEntry::seq).containsExactly(1L, 2L, 3L);
        assertThat(entries.get(0).action()).isEqualTo("save-version");
        assertThat(entries.get(0).subject()).isEqualTo("departments/" + kexie.id() + "/disclosures/2020/versions/1");
        assertThat(entries.get(0).beforeDigest()).isNull();
        assertThat(entries.get(0).afterDigest()).isEqualTo(first.sha256());
        assertThat(entries.get(0).previousHash()).isEqualTo(JdbcAuditLog.GENESIS);
        assertThat(entries.get(1).action()).isEqualTo("status draft -> submitted");
        assertThat(entries.get(1).previousHash()).isEqualTo(entries.get(0).hash());
        assertThat(entries.get(2).at()).isAfter(entries.get(1).at());
        assertThat(audit.verify()).isEmpty();
    }

    @Test
    void aRowEditedBehindTheLogsBackIsFound() throws SQLException {
        disclosures.saveVersion(kexie.id(), 2020, SEED, "zhang", null);
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

    @Test
    void textThatDoesNotBindLeavesNothingBehind() throws SQLException {
        long auditRows = count("audit_log");

        assertThatThrownBy(() -> disclosures.saveVersion(kexie.id(), 2020, "{\"document\": {}}", "zhang", null))
                .isInstanceOf(UnusableInputException.class);
        assertThatThrownBy(() -> disclosures.saveVersion(kexie.id(), 2020, "not json", "zhang", null))
                .isInstanceOf(UnusableInputException.class);
        // binds, but to another year
        String json = CODEC.write(SEED, CanonicalFormat.JSON);
        assertThatThrownBy(() -> disclosures.saveVersion(kexie.id(), 2021, json, "zhang", null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("fiscal year 2020");

        assertThat(count("disclosures")).isZero();
        assertThat(count("disclosure_versions")).isZero();
        assertThat(count("audit_log")).isEqualTo(auditRows);
        assertThat(disclosures.versions(kexie.id(), 2020)).isEmpty();

        // and the same text, sound, is then saved as version 1
        assertThat(disclosures.saveVersion(kexie.id(), 2020, json, "zhang", null).version()).isEqualTo(1);
    }

    @Test
    void aFailedUpdateKeepsTheVersionAsItWas() throws SQLException {
        VersionInfo saved = disclosures.saveVersion(kexie.id(), 2020, SEED, "zhang", null);
        Disclosure otherYear = withFiscalYear(SEED, 2021);
        assertThatThrownBy(() -> disclosures.updateVersion(kexie.id(), 2020, 1, otherYear, "zhang", "wrong"))
                .isInstanceOf(IllegalArgumentException.class);
        StoredDisclosure still = disclosures.version(kexie.id(), 2020, 1).orElseThrow();
        assertThat(still.info()).isEqualTo(saved);
        assertThat(still.disclosure()).isEqualTo(SEED);
        assertThat(count("audit_log")).isEqualTo(1);
    }

    // ---- helpers

    long count(String table) throws SQLException {
        try (Connection c = database.dataSource().getConnection();
                PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM " + table);
                ResultSet r = s.executeQuery()) {
            r.next();
            return r.getLong(1);
        }
    }

    void execute(String sql) throws SQLException {
        try (Connection c = database.dataSource().getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate(sql);
        }
    }

    static Disclosure withApprovedOn(Disclosure d, java.time.LocalDate approvedOn) {
        String json = CODEC.write(d, CanonicalFormat.JSON);
        String edited = json.replaceFirst("\"document\"\\s*:\\s*\\{", "\"document\":{\"approvedOn\":\"" + approvedOn + "\",");
        Disclosure changed = CODEC.read(edited, "edited", CanonicalFormat.JSON);
        assertThat(changed).isNotEqualTo(d);
        return changed;
    }

    static Disclosure withFiscalYear(Disclosure d, int year) {
        String json = CODEC.write(d, CanonicalFormat.JSON);
        String edited = json.replaceFirst("\"fiscalYear\"\\s*:\\s*" + d.fiscalYear(), "\"fiscalYear\":" + year);
        Disclosure changed = CODEC.read(edited, "edited", CanonicalFormat.JSON);
        assertThat(changed.fiscalYear()).isEqualTo(year);
        return changed;
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
