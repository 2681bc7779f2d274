package org.gongkai.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * The audit log in table {@code audit_log}.
 *
 * <p>{@code hash = SHA-256(previous_hash | seq | at | actor | action | subject | before_digest |
 * after_digest)}, each field written as {@code LENGTH:TEXT} ({@code -} for null) and joined by
 * {@code |}, so no two different entries hash the same text. {@code at} is an ISO-8601 instant in
 * microseconds (what both H2 and PostgreSQL keep). The first entry's previous hash is 64 zeros.
 * {@code seq} is the last seq plus one. An append first locks the one row of
 * {@code audit_append_lock}, held until its transaction ends, so appends from transactions that
 * run at once (saves of different disclosures) take their turn and each reads the entry committed
 * before it; the primary key on {@code seq} stays as the last guard against a fork. Appends come
 * last in every transaction, after the rows it works on are locked, so the turn adds no deadlock.
 */
public final class JdbcAuditLog implements AuditLog {

    /** The previous hash of the first entry. */
    public static final String GENESIS = "0".repeat(64);

    private static final String COLUMNS =
            "seq, at, actor, action, subject, before_digest, after_digest, previous_hash, hash";

    private final Database database;
    private final Clock clock;

    public JdbcAuditLog(Database database, Clock clock) {
        this.database = Objects.requireNonNull(database, "database");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public AuditEntry append(String actor, String action, String subject, String beforeDigest, String afterDigest) {
        return database.inTransaction(c -> append(c, actor, action, subject, beforeDigest, afterDigest));
    }

    /** Appends within the caller's transaction (used by the other repositories). */
    public AuditEntry append(Connection c, String actor, String action, String subject, String beforeDigest,
            String afterDigest) throws SQLException {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(subject, "subject");
        try (PreparedStatement s = c.prepareStatement("SELECT id FROM audit_append_lock WHERE id = 1 FOR UPDATE");
                ResultSet r = s.executeQuery()) {
            if (!r.next()) {
                throw new StoreException("the audit log's lock row is missing (migration V5)");
            }
        }
        long seq = 1;
        String previousHash = GENESIS;
        try (PreparedStatement s = c.prepareStatement("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1");
                ResultSet r = s.executeQuery()) {
            if (r.next()) {
                seq = r.getLong(1) + 1;
                previousHash = r.getString(2);
            }
        }
        Instant at = clock.instant().truncatedTo(ChronoUnit.MICROS);
        String hash = hash(previousHash, seq, at, actor, action, subject, beforeDigest, afterDigest);
        try (PreparedStatement s = c.prepareStatement(
                "INSERT INTO audit_log (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            s.setLong(1, seq);
            s.setObject(2, OffsetDateTime.ofInstant(at, ZoneOffset.UTC));
            s.setString(3, actor);
            s.setString(4, action);
            s.setString(5, subject);
            s.setString(6, beforeDigest);
            s.setString(7, afterDigest);
            s.setString(8, previousHash);
            s.setString(9, hash);
            s.executeUpdate();
        }
        return new AuditEntry(seq, at, actor, action, subject, beforeDigest, afterDigest, previousHash, hash);
    }

    @Override
    public List<AuditEntry> entries() {
        return database.inTransaction(c -> {
            List<AuditEntry> entries = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + " FROM audit_log ORDER BY seq");
                    ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    entries.add(entry(r));
                }
            }
            return entries;
        });
    }

    @Override
    public OptionalLong verify() {
        return database.inTransaction(c -> {
            long expectedSeq = 1;
            String expectedPrevious = GENESIS;
            try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + " FROM audit_log ORDER BY seq")) {
                s.setFetchSize(500);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        AuditEntry e = entry(r);
                        if (e.seq() != expectedSeq
                                || !expectedPrevious.equals(e.previousHash())
                                || !hash(e.previousHash(), e.seq(), e.at(), e.actor(), e.action(), e.subject(),
                                        e.beforeDigest(), e.afterDigest()).equals(e.hash())) {
                            return OptionalLong.of(e.seq());
                        }
                        expectedSeq++;
                        expectedPrevious = e.hash();
                    }
                }
            }
            return OptionalLong.empty();
        });
    }

    static String hash(String previousHash, long seq, Instant at, String actor, String action, String subject,
            String beforeDigest, String afterDigest) {
        StringBuilder text = new StringBuilder();
        for (String field : new String[] {previousHash, Long.toString(seq), at.toString(), actor, action, subject,
                beforeDigest, afterDigest}) {
            if (text.length() > 0) {
                text.append('|');
            }
            if (field == null) {
                text.append('-');
            } else {
                text.append(field.length()).append(':').append(field);
            }
        }
        return Digests.sha256(text.toString());
    }

    private static AuditEntry entry(ResultSet r) throws SQLException {
        return new AuditEntry(
                r.getLong("seq"),
                r.getObject("at", OffsetDateTime.class).toInstant(),
                r.getString("actor"),
                r.getString("action"),
                r.getString("subject"),
                r.getString("before_digest"),
                r.getString("after_digest"),
                r.getString("previous_hash"),
                r.getString("hash"));
    }
}
