package org.gongkai.server;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import org.gongkai.disclosure.FinalAccountsDraft;
import org.gongkai.disclosure.NextYearDraft;
import org.gongkai.disclosure.PublishDisclosure;
import org.gongkai.importing.Importers;
import org.gongkai.importing.canonical.CanonicalCodec;
import org.gongkai.importing.canonical.CanonicalImporter;
import org.gongkai.importing.canonical.ProfileLibrary;
import org.gongkai.importing.pdf.PdfImporter;
import org.gongkai.importing.text.StatementTextImporter;
import org.gongkai.importing.xlsx.XlsxImporter;
import org.gongkai.server.security.BcryptHasher;
import org.gongkai.store.Database;
import org.gongkai.store.EmbeddedDatabase;
import org.gongkai.store.Privileges;
import org.gongkai.store.JdbcAuditLog;
import org.gongkai.validation.RuleCatalog;
import org.gongkai.workflow.Accounts;
import org.gongkai.workflow.AuditAccess;
import org.gongkai.workflow.Directory;
import org.gongkai.workflow.JdbcUseCases;
import org.gongkai.workflow.PublishedFiles;
import org.gongkai.workflow.Workflow;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.gongkai.validation.rules.StandardRules;

/**
 * The parts of the server, put together once: the database (H2 under the data folder unless a
 * JDBC URL is given), its migrations, and the use cases of the core and the workflow.
 */
@Configuration(proxyBeanMethods = false)
public class ServerConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(ServerConfiguration.class);

    @Bean
    io.swagger.v3.oas.models.OpenAPI openApi() {
        return new io.swagger.v3.oas.models.OpenAPI().info(new io.swagger.v3.oas.models.info.Info()
                .title("Gongkai 公开 API").version("1")
                .description("部门预算公开：编制、审核、公开与审计。Department budget disclosure: prepare, check, review, "
                        + "publish, audit. Errors are problem+json (RFC 9457); types are listed in docs/api.md."));
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    /**
     * The pool of the application's connections. The schema is brought up to date first, by its
     * owner where there is one (ADR 0011): on the embedded database always (users and passwords in
     * the data folder, {@link EmbeddedDatabase}); on PostgreSQL when {@code gongkai.db.owner.user}
     * is given, the application's user then getting only {@link Privileges}. Without an owner the
     * application's user migrates, owns the schema and could drop its triggers: a warning says so.
     */
    @Bean(destroyMethod = "close")
    HikariDataSource dataSource(@Value("${gongkai.data:data}") String data,
            @Value("${gongkai.db.url:${GONGKAI_DB_URL:}}") String url,
            @Value("${gongkai.db.user:${GONGKAI_DB_USER:}}") String user,
            @Value("${gongkai.db.password:${GONGKAI_DB_PASSWORD:}}") String password,
            @Value("${gongkai.db.owner.user:${GONGKAI_DB_OWNER_USER:}}") String owner,
            @Value("${gongkai.db.owner.password:${GONGKAI_DB_OWNER_PASSWORD:}}") String ownerPassword) throws Exception {
        HikariConfig config = new HikariConfig();
        Path folder = null;
        AutoCloseable keeper = null;
        Integer ran = null;
        if (url == null || url.isBlank()) {
            folder = DataFolder.prepare(data);
            EmbeddedDatabase embedded = EmbeddedDatabase.open(folder);
            keeper = embedded;
            ran = embedded.migrationsRan();
            url = embedded.url();
            user = embedded.appUser();
            password = embedded.appPassword();
        } else if (owner != null && !owner.isBlank()) {
            Database asOwner = Database.open(url, owner, ownerPassword);
            ran = asOwner.migrate();
            String app = user;
            asOwner.inTransaction(c -> {
                Privileges.grant(c, app);
                return null;
            });
        } else {
            LOG.warn("no gongkai.db.owner.user: the application's user {} migrates and owns the schema, so it could"
                    + " drop the triggers that keep published rows unchanged (docs/adr/0011-database-users.md)", user);
        }
        config.setJdbcUrl(url);
        config.setUsername(user);
        config.setPassword(password);
        config.setMaximumPoolSize(Integer.getInteger("gongkai.db.pool", 16));
        config.setPoolName("gongkai");
        LOG.info("database: {}", url.replaceAll("password=[^;&]*", "password=***"));
        Pool pool = new Pool(config, keeper);
        if (ran == null) {
            ran = Database.of(pool).migrate();
        }
        LOG.info("schema up to date ({} migrations ran)", ran);
        if (folder != null) {
            // the database has been opened, so its files exist now
            DataFolder.restrictFiles(folder);
        }
        return pool;
    }

    /** The pool, closing the embedded database's owner connection after its own. */
    static final class Pool extends HikariDataSource {
        private final AutoCloseable keeper;

        Pool(HikariConfig config, AutoCloseable keeper) {
            super(config);
            this.keeper = keeper;
        }

        @Override
        public void close() {
            super.close();
            if (keeper != null) {
                try {
                    keeper.close();
                } catch (Exception e) {
                    LOG.warn("closing the embedded database: {}", e.getMessage());
                }
            }
        }
    }

    @Bean
    Database database(DataSource dataSource) {
        return Database.of(dataSource);
    }

    @Bean
    JdbcAuditLog auditLog(Database database, Clock clock) {
        return new JdbcAuditLog(database, clock);
    }

    @Bean
    CanonicalCodec codec() {
        return new CanonicalCodec(Locale.SIMPLIFIED_CHINESE);
    }

    @Bean
    ProfileLibrary profiles() {
        return ProfileLibrary.standard();
    }

    /**
     * The rule catalogue, with the bureau's settings file if {@code gongkai.rules} names one (lines of
     * {@code scope rule off|error|warning|info}, see RuleSettings): a bad file stops the start-up
     * with its line named, rather than running with rules the bureau did not mean.
     */
    @Bean
    RuleCatalog ruleCatalog(ProfileLibrary profiles, @Value("${gongkai.rules:}") String rules) throws Exception {
        RuleCatalog catalog = StandardRules.catalog(profiles::orNull);
        if (rules == null || rules.isBlank()) {
            return catalog;
        }
        Path file = Path.of(rules);
        LOG.info("rule settings: {}", file.toAbsolutePath());
        return catalog.withSettings(org.gongkai.validation.RuleSettings.parse(
                Files.readString(file, java.nio.charset.StandardCharsets.UTF_8), file.toString(), catalog.ids()));
    }

    @Bean
    PublishDisclosure publishDisclosure(CanonicalCodec codec, ProfileLibrary profiles) {
        return new PublishDisclosure(codec, profiles::orNull);
    }

    @Bean
    Importers importers(CanonicalCodec codec) {
        return new Importers(List.of(new CanonicalImporter(codec), new StatementTextImporter(), new PdfImporter(),
                new XlsxImporter()));
    }

    @Bean
    BcryptHasher passwordHasher() {
        return new BcryptHasher();
    }

    @Bean
    Accounts accounts(Database database, JdbcAuditLog audit, BcryptHasher hasher, Clock clock) {
        return JdbcUseCases.accounts(database, audit, hasher, clock);
    }

    @Bean
    Directory directory(Database database, JdbcAuditLog audit) {
        return JdbcUseCases.directory(database, audit);
    }

    @Bean
    AuditAccess auditAccess(Database database, JdbcAuditLog audit) {
        return JdbcUseCases.auditAccess(database, audit);
    }

    @Bean
    Workflow workflow(Database database, JdbcAuditLog audit, CanonicalCodec codec, RuleCatalog catalog,
            PublishDisclosure publish, Clock clock) {
        return new Workflow(database, audit, codec, catalog::check, new PublishedFiles(publish, codec),
                new NextYearDraft()::draftFor, new FinalAccountsDraft(ProfileLibrary.standard())::draftFor, clock);
    }
}
