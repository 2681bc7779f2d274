package org.gongkai.store;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Objects;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * The store's database: H2 ({@link #embeddedUrl}: {@code jdbc:h2:file:DIR/gongkai;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;WRITE_DELAY=0;LOCK_TIMEOUT=10000},
 * or {@code jdbc:h2:mem:NAME;DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE} for tests) or
 * PostgreSQL ({@code jdbc:postgresql://HOST/DB}). Its schema is the Flyway migration set
 * {@code classpath:db/migration}, written once for both.
 *
 * <p>{@link #inTransaction} is the one way the repositories touch the database: one connection,
 * one transaction per operation, committed when the work returns and rolled back when it throws,
 * so a failure leaves nothing half-written. The repositories called inside it reach its connection
 * through {@link #connection()}.
 */
public final class Database {

    /** Work done inside one transaction. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    private final DataSource dataSource;
    /** The connection of the work this thread is running, for the repositories it calls. */
    private final ThreadLocal<Connection> current = new ThreadLocal<>();

    private Database(DataSource dataSource) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    }

    /**
     * The URL of the embedded database in {@code folder}: H2 in PostgreSQL mode, each commit stored
     * in its file before the commit returns ({@code WRITE_DELAY=0}), so that a commit acknowledged
     * survives the process being killed (docs/adr/0009-durable-commits.md). A transaction waits up to
     * ten seconds for a lock ({@code LOCK_TIMEOUT}; H2's own default is one second): every write takes
     * the audit log's turn, and under a burst of writes, each commit storing its page, the queue for
     * it grew past one second and writes failed with 500 instead of waiting (issue 14).
     */
    public static String embeddedUrl(java.nio.file.Path folder) {
        return "jdbc:h2:file:" + folder.toAbsolutePath().resolve("gongkai")
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;WRITE_DELAY=0;LOCK_TIMEOUT=10000";
    }

    /** A database reached through the JDBC driver for {@code url} (H2 and PostgreSQL are on the class path). */
    public static Database open(String url, String user, String password) {
        return new Database(new DriverManagerDataSource(url, user, password));
    }

    /** A database reached through a data source of the caller's (a pool, later, in the server). */
    public static Database of(DataSource dataSource) {
        return new Database(dataSource);
    }

    public DataSource dataSource() {
        return dataSource;
    }

    /** Brings the schema up to the latest migration; returns how many migrations ran. */
    public int migrate() {
        return Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .load()
                .migrate()
                .migrationsExecuted;
    }

    /**
     * Runs {@code work} in one transaction: committed if it returns, rolled back if it throws.
     * An {@link SQLException} comes out as a {@link StoreException}; anything else as thrown.
     */
    public <T> T inTransaction(Work<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            Connection outer = current.get();
            current.set(connection);
            try {
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (Throwable failure) {
                try {
                    connection.rollback();
                } catch (SQLException rollbackFailure) {
                    failure.addSuppressed(rollbackFailure);
                }
                throw failure;
            } finally {
                restore(outer);
            }
        } catch (SQLException e) {
            throw new StoreException(e.getMessage(), e);
        }
    }

    /**
     * Runs a read that needs no transaction (one statement, or reads of what never changes) on a
     * connection in auto-commit mode: no begin, commit or reset, one round trip a statement.
     */
    public <T> T read(Work<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            if (!connection.getAutoCommit()) {
                connection.setAutoCommit(true);
            }
            Connection outer = current.get();
            current.set(connection);
            try {
                return work.run(connection);
            } finally {
                restore(outer);
            }
        } catch (SQLException e) {
            throw new StoreException(e.getMessage(), e);
        }
    }

    /**
     * The connection of the {@link #inTransaction} or {@link #read} running on this thread: the
     * repositories write through it, so that every write of an operation is in its one transaction.
     */
    public Connection connection() {
        Connection connection = current.get();
        if (connection == null) {
            throw new IllegalStateException("no transaction is running on this thread");
        }
        return connection;
    }

    private void restore(Connection outer) {
        if (outer == null) {
            current.remove();
        } else {
            current.set(outer);
        }
    }

    /** The smallest data source: a new driver connection each time. */
    private static final class DriverManagerDataSource implements DataSource {
        private final String url;
        private final String user;
        private final String password;

        DriverManagerDataSource(String url, String user, String password) {
            this.url = Objects.requireNonNull(url, "url");
            this.user = user;
            this.password = password;
        }

        @Override
        public Connection getConnection() throws SQLException {
            return DriverManager.getConnection(url, user, password);
        }

        @Override
        public Connection getConnection(String user, String password) throws SQLException {
            return DriverManager.getConnection(url, user, password);
        }

        @Override
        public PrintWriter getLogWriter() {
            return DriverManager.getLogWriter();
        }

        @Override
        public void setLogWriter(PrintWriter out) {
            DriverManager.setLogWriter(out);
        }

        @Override
        public void setLoginTimeout(int seconds) {
            DriverManager.setLoginTimeout(seconds);
        }

        @Override
        public int getLoginTimeout() {
            return DriverManager.getLoginTimeout();
        }

        @Override
        public Logger getParentLogger() throws SQLFeatureNotSupportedException {
            throw new SQLFeatureNotSupportedException();
        }

        @Override
        public <T> T unwrap(Class<T> type) throws SQLException {
            if (type.isInstance(this)) {
                return type.cast(this);
            }
            throw new SQLException("not a wrapper of " + type);
        }

        @Override
        public boolean isWrapperFor(Class<?> type) {
            return type.isInstance(this);
        }
    }
}
