package db.migration;

import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Gongkai store, version 15: a disclosure's approval date and first publication are set once and
 * never changed (the 20-day deadline is counted between them, in public), and on PostgreSQL the
 * tables whose rows never change refuse TRUNCATE, which passes by row triggers. On H2 TRUNCATE
 * needs the DELETE right, which the application's user does not have on those tables
 * ({@code Privileges}); H2 has no TRUNCATE trigger. Numbered 15, not 6, to leave room for
 * migrations written at the same time on other branches.
 */
public class V15__dates_set_once_and_no_truncation extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        String product = context.getConnection().getMetaData().getDatabaseProductName();
        try (Statement s = context.getConnection().createStatement()) {
            if (product.toLowerCase().contains("postgres")) {
                s.execute("""
                        CREATE FUNCTION disclosure_dates_set_once() RETURNS trigger LANGUAGE plpgsql AS $$
                        BEGIN
                          IF OLD.approved_on IS NOT NULL AND NEW.approved_on IS DISTINCT FROM OLD.approved_on THEN
                            RAISE EXCEPTION 'the approval date of disclosure % is set once (批复日期不可更改)', OLD.id
                              USING ERRCODE = 'integrity_constraint_violation';
                          END IF;
                          IF OLD.published_at IS NOT NULL AND NEW.published_at IS DISTINCT FROM OLD.published_at THEN
                            RAISE EXCEPTION 'the first publication of disclosure % is set once (公开时间不可更改)', OLD.id
                              USING ERRCODE = 'integrity_constraint_violation';
                          END IF;
                          RETURN NEW;
                        END $$""");
                s.execute("CREATE TRIGGER disclosure_dates_set_once BEFORE UPDATE ON disclosures"
                        + " FOR EACH ROW EXECUTE FUNCTION disclosure_dates_set_once()");
                s.execute("""
                        CREATE FUNCTION never_truncated() RETURNS trigger LANGUAGE plpgsql AS $$
                        BEGIN
                          RAISE EXCEPTION '% is never truncated (不可清空)', TG_TABLE_NAME
                            USING ERRCODE = 'integrity_constraint_violation';
                        END $$""");
                for (String table : new String[] {"published_files", "disclosure_versions", "audit_log"}) {
                    s.execute("CREATE TRIGGER " + table + "_never_truncated BEFORE TRUNCATE ON " + table
                            + " FOR EACH STATEMENT EXECUTE FUNCTION never_truncated()");
                }
            } else {
                s.execute("CREATE TRIGGER disclosure_dates_set_once BEFORE UPDATE ON disclosures"
                        + " FOR EACH ROW CALL 'org.gongkai.store.DatesSetOnce'");
            }
        }
    }
}
