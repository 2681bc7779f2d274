package org.gongkai.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Objects;
import org.h2.api.Trigger;

/**
 * H2's half of migration V15: a disclosure's {@code approved_on} and {@code published_at}, once
 * set, keep their value (writing the same value again is allowed, as the workflow's
 * {@code COALESCE} does).
 */
public final class DatesSetOnce implements Trigger {

    private int approvedOn = -1;
    private int publishedAt = -1;

    @Override
    public void init(Connection conn, String schemaName, String triggerName, String tableName, boolean before,
            int type) throws SQLException {
        try (var columns = conn.getMetaData().getColumns(null, schemaName, tableName, null)) {
            int index = 0;
            while (columns.next()) {
                String name = columns.getString("COLUMN_NAME");
                if (name.equalsIgnoreCase("approved_on")) {
                    approvedOn = index;
                } else if (name.equalsIgnoreCase("published_at")) {
                    publishedAt = index;
                }
                index++;
            }
        }
        if (approvedOn < 0 || publishedAt < 0) {
            throw new SQLException(tableName + " has no approved_on or published_at column");
        }
    }

    @Override
    public void fire(Connection conn, Object[] oldRow, Object[] newRow) throws SQLException {
        if (oldRow == null || newRow == null) {
            return;
        }
        refuseChange(oldRow, newRow, approvedOn, "the approval date", "批复日期不可更改");
        refuseChange(oldRow, newRow, publishedAt, "the first publication", "公开时间不可更改");
    }

    private static void refuseChange(Object[] oldRow, Object[] newRow, int column, String what, String chinese)
            throws SQLException {
        if (oldRow[column] != null && !Objects.equals(oldRow[column], newRow[column])) {
            throw new SQLException(what + " of disclosure " + oldRow[0] + " is set once (" + chinese + ")", "23000");
        }
    }
}
