package org.gongkai.server;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/** Real servers for the tests: on a fresh H2 folder or a fresh database of one embedded PostgreSQL. */
final class Servers {

    static {
        // bcrypt at its lowest cost: the tests create many accounts; the server's default stays 12
        System.setProperty("gongkai.bcrypt.cost", "4");
    }

    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static EmbeddedPostgres postgres;

    /** A running server: its base URL, its data folder, and how to stop it. */
    record Server(ConfigurableApplicationContext context, String base, Path data) implements AutoCloseable {
        @Override
        public void close() {
            context.close();
        }

        String adminPassword() throws IOException {
            return readPassword(data);
        }

        /** The administrator's password, as the first start of a server on this data folder wrote it. */
        static String readPassword(Path data) throws IOException {
            return Files.readString(data.resolve("admin-password.txt")).strip();
        }
    }

    private Servers() {
    }

    static Server h2() {
        return start(temporaryFolder(), null, List.of());
    }

    /** A URL of a new, empty PostgreSQL database. */
    static synchronized String freshPostgres() {
        try {
            if (postgres == null) {
                postgres = EmbeddedPostgres.start();
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    try {
                        postgres.close();
                    } catch (IOException ignored) {
                        // the JVM is going away
                    }
                }));
            }
            String name = "gongkai" + DATABASES.incrementAndGet();
            try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
                s.execute("CREATE DATABASE " + name);
            }
            return postgres.getJdbcUrl("postgres", name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static Server postgres(String url) {
        return start(temporaryFolder(), url, List.of());
    }

    /**
     * A server on PostgreSQL as ADR 0011 runs it: {@code postgres} owns the schema and migrates, the
     * server serves as {@code gongkai_app}, a role with the rights {@code Privileges} grants only.
     */
    static synchronized Server postgresWithOwner(String url) {
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'gongkai_app') THEN"
                    + " CREATE ROLE gongkai_app LOGIN PASSWORD 'gongkai-app-password'; END IF; END $$");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        // the embedded server's URLs name their user: without it the two users are told apart
        String plain = url.replaceFirst("\\?.*$", "");
        return start(temporaryFolder(), null, List.of("--gongkai.db.url=" + plain, "--gongkai.db.user=gongkai_app",
                "--gongkai.db.password=gongkai-app-password", "--gongkai.db.owner.user=postgres",
                "--gongkai.db.owner.password=postgres"));
    }

    static Server start(Path data, String dbUrl, List<String> extra) {
        List<String> args = new ArrayList<>(List.of("--gongkai.data=" + data, "--logging.level.org.gongkai=WARN"));
        if (extra.stream().noneMatch(a -> a.startsWith("--server.port="))) {
            args.add("--server.port=0");
        }
        if (dbUrl != null) {
            args.add("--gongkai.db.url=" + dbUrl);
            args.add("--gongkai.db.user=postgres");
            args.add("--gongkai.db.password=postgres");
        }
        args.addAll(extra);
        ConfigurableApplicationContext context = new SpringApplicationBuilder(GongkaiServer.class)
                .run(args.toArray(String[]::new));
        int port = ((WebServerApplicationContext) context).getWebServer().getPort();
        return new Server(context, "http://localhost:" + port, data);
    }

    static Path temporaryFolder() {
        try {
            return Files.createTempDirectory("gongkai-server-test");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
