package org.gongkai.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Small JDBC helpers shared by the repositories. */
final class JdbcSupport {

    private JdbcSupport() {
    }

    /** The identity the last insert of {@code s} generated (prepared with {@code new String[] {"id"}}). */
    static long generatedId(PreparedStatement s) throws SQLException {
        try (ResultSet keys = s.getGeneratedKeys()) {
            if (!keys.next()) {
                throw new StoreException("the database returned no generated id");
            }
            return keys.getLong(1);
        }
    }
}
