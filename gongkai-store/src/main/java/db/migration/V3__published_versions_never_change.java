package db.migration;

import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Gongkai store, version 3: a published version and a published file never change, enforced by the
 * database itself, so that no code path, script or hand-typed statement can alter what the public
 * was shown (corrections are new versions). Written in Java because the two databases express a
 * trigger differently: PL/pgSQL on PostgreSQL, a trigger class on H2 ({@code PublishedRowGuard}).
 */
public class V3__published_versions_never_change extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        String product = context.getConnection().getMetaData().getDatabaseProductName();
        try (Statement s = context.getConnection().createStatement()) {
            if (product.toLowerCase().contains("postgres")) {
                s.execute("""
                        CREATE FUNCTION published_rows_never_change() RETURNS trigger LANGUAGE plpgsql AS $$
                        BEGIN
                          IF TG_TABLE_NAME = 'published_files' OR OLD.status = 'published' THEN
                            RAISE EXCEPTION 'published % of disclosure % cannot change (已公开内容不可更改)',
                              TG_TABLE_NAME, OLD.disclosure_id USING ERRCODE = 'integrity_constraint_violation';
                          END IF;
                          IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
                          RETURN NEW;
                        END $$""");
                s.execute("CREATE TRIGGER published_versions_never_change BEFORE UPDATE OR DELETE ON disclosure_versions"
                        + " FOR EACH ROW EXECUTE FUNCTION published_rows_never_change()");
                s.execute("CREATE TRIGGER published_files_never_change BEFORE UPDATE OR DELETE ON published_files"
                        + " FOR EACH ROW EXECUTE FUNCTION published_rows_never_change()");
            } else {
                s.execute("CREATE TRIGGER published_versions_never_change BEFORE UPDATE, DELETE ON disclosure_versions"
                        + " FOR EACH ROW CALL 'org.gongkai.store.PublishedRowGuard'");
                s.execute("CREATE TRIGGER published_files_never_change BEFORE UPDATE, DELETE ON published_files"
                        + " FOR EACH ROW CALL 'org.gongkai.store.PublishedRowGuard'");
            }
        }
    }
}
