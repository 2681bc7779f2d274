package org.gongkai.workflow;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.function.Supplier;
import org.gongkai.lifecycle.WorkflowException;
import org.gongkai.store.StoreException;

/**
 * The JDBC repositories' one way to read a row by its key: bind the parameters in order, map the
 * first row, or say that there is none. A query that must find its row names what is missing.
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

    private Rows() {
    }

    /** The first row of the query, if any. */
    static <T> Optional<T> first(Connection c, String sql, Mapper<T> mapper, Object... parameters)
            throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? Optional.ofNullable(mapper.map(r)) : Optional.empty();
            }
        }
    }

    /** The first row of the query; none is the refusal {@code missing}. */
    static <T> T one(Connection c, String sql, Supplier<WorkflowException> missing, Mapper<T> mapper,
            Object... parameters) throws SQLException {
        return first(c, sql, mapper, parameters).orElseThrow(missing);
    }

    static <T> T unchecked(Work<T> work) {
        try {
            return work.run();
        } catch (SQLException e) {
            throw new StoreException(e.getMessage(), e);
        }
    }
}
