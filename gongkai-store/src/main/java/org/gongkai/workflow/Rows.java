package org.gongkai.workflow;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.gongkai.store.StoreException;

/**
 * The JDBC repositories' one way to run a statement: bind the parameters in order, then map the
 * first row (or say that there is none), map every row, or write. A query that must find its row
 * names what is missing. Parameters are bound with {@code setObject}, so a null is a SQL null and a
 * date or time goes as {@code LocalDate} or {@code OffsetDateTime}.
 */
final class Rows {

    /** Reads the current row of a result. */
    @FunctionalInterface
    interface Mapper<T> {
        T map(ResultSet row) throws SQLException;
    }

    /** Work on the database whose {@link SQLException} comes out as a {@link StoreException}. */
    @FunctionalInterface
    interface Work<T> {
        T run() throws SQLException;
    }

    /** Writes on a connection, returning nothing. */
    @FunctionalInterface
    interface Writes {
        void run(Connection c) throws SQLException;
    }

    private Rows() {
    }

    /** The first row of the query, if any. */
    static <T> Optional<T> first(Connection c, String sql, Mapper<T> mapper, Object... parameters)
            throws SQLException {
        try (PreparedStatement s = bound(c.prepareStatement(sql), parameters)) {
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? Optional.ofNullable(mapper.map(r)) : Optional.empty();
            }
        }
    }

    /** The first row of the query; none is the refusal {@code missing}. */
    static <T> T one(Connection c, String sql, Supplier<? extends RuntimeException> missing, Mapper<T> mapper,
            Object... parameters) throws SQLException {
        return first(c, sql, mapper, parameters).orElseThrow(missing);
    }

    /** Every row of the query, in its order. */
    static <T> List<T> all(Connection c, String sql, Mapper<T> mapper, Object... parameters) throws SQLException {
        try (PreparedStatement s = bound(c.prepareStatement(sql), parameters); ResultSet r = s.executeQuery()) {
            List<T> rows = new ArrayList<>();
            while (r.next()) {
                rows.add(mapper.map(r));
            }
            return rows;
        }
    }

    /** Runs an INSERT, UPDATE or DELETE; returns how many rows it changed. */
    static int update(Connection c, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement s = bound(c.prepareStatement(sql), parameters)) {
            return s.executeUpdate();
        }
    }

    /** Runs an INSERT into a table whose key is the generated column {@code id}; returns the new id. */
    static long insert(Connection c, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement s = bound(c.prepareStatement(sql, new String[] {"id"}), parameters)) {
            s.executeUpdate();
            try (ResultSet keys = s.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    private static PreparedStatement bound(PreparedStatement s, Object... parameters) throws SQLException {
        try {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            return s;
        } catch (SQLException e) {
            s.close();
            throw e;
        }
    }

    /** Runs writes on the connection; an {@link SQLException} comes out as a {@link StoreException}. */
    static void writing(Connection c, Writes work) {
        unchecked(() -> {
            work.run(c);
            return null;
        });
    }

    static <T> T unchecked(Work<T> work) {
        try {
            return work.run();
        } catch (SQLException e) {
            throw new StoreException(e.getMessage(), e);
        }
    }
}
