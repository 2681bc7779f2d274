package org.gongkai.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import org.h2.api.Trigger;

/**
 * H2's half of migration V3: refuses any change to a published version of a disclosure
 * ({@code disclosure_versions} whose status was {@code published}) and to any published file.
 */
public final class PublishedRowGuard implements Trigger {

    private boolean files;
    private int statusColumn = -1;

    @Override
    public void init(Connection conn, String schemaName, String triggerName, String tableName, boolean before,
            int type) throws SQLException {
        files = tableName.toLowerCase(Locale.ROOT).equals("published_files");
        if (!files) {
            try (var columns = conn.getMetaData().getColumns(null, schemaName, tableName, null)) {
                int index = 0;
                while (columns.next()) {
                    if (columns.getString("COLUMN_NAME").equalsIgnoreCase("status")) {
                        statusColumn = index;
                    }
                    index++;
                }
            }
            if (statusColumn < 0) {
                throw new SQLException(tableName + " has no status column");
            }
        }
    }

    @Override
    public void fire(Connection conn, Object[] oldRow, Object[] newRow) throws SQLException {
        if (oldRow == null) {
            return;
        }
        if (files || "published".equals(oldRow[statusColumn])) {
            throw new SQLException("published " + (files ? "file" : "version") + " of disclosure " + oldRow[files ? 0 : 1]
                    + " cannot change (已公开内容不可更改)", "23000");
        }
    }
}
