package org.gongkai.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What the application's database user may do, granted by the schema's owner: read and write the
 * rows of every table, but only add rows to those whose rows never change ({@link #APPEND_ONLY}:
 * no UPDATE, DELETE or TRUNCATE), and nothing on the schema itself (no CREATE, ALTER, DROP, so no
 * DROP TRIGGER). Granted table by table at every start, so tables added by later migrations are
 * covered without a migration having to name the user (docs/adr/0011-database-users.md).
 */
public final class Privileges {

    /** Tables whose rows are only ever added: published files and the audit log. */
    public static final Set<String> APPEND_ONLY = Set.of("published_files", "audit_log");

    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,62}");

    private Privileges() {
    }

    /** Grants {@code appUser} its rights on the tables of the current schema; run as the owner. */
    public static void grant(Connection owner, String appUser) throws SQLException {
        if (!NAME.matcher(appUser).matches()) {
            throw new IllegalArgumentException("not a plain database user name: " + appUser);
        }
        boolean postgres = owner.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
        try (Statement s = owner.createStatement()) {
            for (String table : tables(owner)) {
                if (APPEND_ONLY.contains(table)) {
                    s.execute("REVOKE ALL ON TABLE " + table + " FROM " + appUser);
                    s.execute("GRANT SELECT, INSERT ON TABLE " + table + " TO " + appUser);
                } else {
                    s.execute("GRANT SELECT, INSERT, UPDATE, DELETE ON TABLE " + table + " TO " + appUser);
                }
            }
            if (postgres) {
                s.execute("GRANT USAGE ON SCHEMA " + schema(owner) + " TO " + appUser);
                s.execute("GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA " + schema(owner) + " TO " + appUser);
            }
        }
    }

    private static List<String> tables(Connection c) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT table_name FROM information_schema.tables"
                + " WHERE table_schema = CURRENT_SCHEMA AND table_type = 'BASE TABLE' ORDER BY table_name")) {
            while (r.next()) {
                String table = r.getString(1);
                // the migrations' own bookkeeping is the owner's
                if (!table.equalsIgnoreCase("flyway_schema_history") && NAME.matcher(table).matches()) {
                    out.add(table);
                }
            }
        }
        return out;
    }

    private static String schema(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT CURRENT_SCHEMA")) {
            r.next();
            String schema = r.getString(1);
            if (!NAME.matcher(schema).matches()) {
                throw new SQLException("not a plain schema name: " + schema);
            }
            return schema;
        }
    }
}
