package org.gongkai.workflow;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.Optional;
import org.gongkai.store.Database;

/** The rows of {@code login_failures}, on the connection of the transaction running. */
final class JdbcLoginFailures implements LoginFailures {

    private static final String TALLY = "SELECT COUNT(*), MIN(at) FROM login_failures WHERE ";

    private final Database database;

    JdbcLoginFailures(Database database) {
        this.database = Objects.requireNonNull(database, "database");
    }

    @Override
    public Tally since(String username, String address, Instant since) {
        return tally(TALLY + "username = ? AND address = ? AND at > ?", username, address, JdbcTokens.utc(since));
    }

    @Override
    public Tally since(String address, Instant since) {
        return tally(TALLY + "address = ? AND at > ?", address, JdbcTokens.utc(since));
    }

    @Override
    public void record(String username, String address, Instant at) {
        Rows.unchecked(() -> Rows.update(database.connection(),
                "INSERT INTO login_failures (username, address, at) VALUES (?, ?, ?)", username, address,
                JdbcTokens.utc(at)));
    }

    @Override
    public void forgetBefore(Instant before) {
        Rows.unchecked(() -> Rows.update(database.connection(), "DELETE FROM login_failures WHERE at < ?",
                JdbcTokens.utc(before)));
    }

    private Tally tally(String sql, Object... parameters) {
        return Rows.unchecked(() -> Rows.one(database.connection(), sql,
                () -> new IllegalStateException("COUNT(*) gave no row"), r -> new Tally(r.getLong(1),
                        Optional.ofNullable(r.getObject(2, OffsetDateTime.class)).map(OffsetDateTime::toInstant)),
                parameters));
    }
}
