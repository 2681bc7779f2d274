package org.gongkai.store;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Base64;
import java.util.Properties;

/**
 * The embedded H2 database of a data folder, with two users: the schema's owner (an H2
 * administrator, who runs the migrations) and the application's user, who reads and writes rows as
 * {@link Privileges} allows and cannot TRUNCATE an append-only table, DROP a TRIGGER or ALTER a
 * table. Both have random passwords, kept in {@value #CREDENTIALS} in the data folder, readable by
 * its owner only. A database made before there were two users (owner {@code sa}, empty password)
 * gets a password for {@code sa} on its first start with this class.
 *
 * <p>The owner's connection stays open while the server runs: it opened the database with
 * {@code WRITE_DELAY=0} (ADR 0010), a setting only an administrator may give and that lasts while
 * the database is open, so the application's connections, which join it, commit durably too.
 */
public final class EmbeddedDatabase implements AutoCloseable {

    public static final String CREDENTIALS = "database-users.properties";
    static final String OWNER = "gongkai_owner";
    static final String APP = "gongkai_app";

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Path folder;
    private final Connection keeper;
    private final String appUser;
    private final String appPassword;
    private final int migrationsRan;

    private EmbeddedDatabase(Path folder, Connection keeper, String appUser, String appPassword, int migrationsRan) {
        this.folder = folder;
        this.keeper = keeper;
        this.appUser = appUser;
        this.appPassword = appPassword;
        this.migrationsRan = migrationsRan;
    }

    /**
     * Opens the database of {@code folder} as its owner, brings the schema up to date, makes the
     * application's user and grants its rights; the caller then connects as {@link #appUser}.
     */
    public static EmbeddedDatabase open(Path folder) {
        Path file = folder.resolve(CREDENTIALS);
        try {
            Properties users = Files.exists(file) ? read(file) : firstUsers(folder, file);
            String owner = users.getProperty("owner.user");
            String ownerPassword = users.getProperty("owner.password");
            String app = users.getProperty("app.user");
            String appPassword = users.getProperty("app.password");
            if (owner == null || ownerPassword == null || app == null || appPassword == null) {
                throw new StoreException(file + " lacks owner.user, owner.password, app.user or app.password");
            }
            if (users.getProperty("owner.previousPassword") != null) {
                // a database from before the two users: its owner sa gets the password written down first
                try (Connection legacy = DriverManager.getConnection(Database.embeddedUrl(folder), owner,
                        users.getProperty("owner.previousPassword")); Statement s = legacy.createStatement()) {
                    s.execute("ALTER USER " + owner + " SET PASSWORD '" + ownerPassword + "'");
                } catch (SQLException alreadyChanged) {
                    // stopped after the password was set and before the file said so: the new one opens it
                }
                users.remove("owner.previousPassword");
                write(file, users);
            }
            Connection keeper = DriverManager.getConnection(Database.embeddedUrl(folder), owner, ownerPassword);
            try {
                int ran = Database.open(Database.embeddedUrl(folder), owner, ownerPassword).migrate();
                try (Statement s = keeper.createStatement()) {
                    s.execute("CREATE USER IF NOT EXISTS " + app + " PASSWORD '" + appPassword + "'");
                    s.execute("ALTER USER " + app + " SET PASSWORD '" + appPassword + "'");
                }
                Privileges.grant(keeper, app);
                return new EmbeddedDatabase(folder, keeper, app, appPassword, ran);
            } catch (SQLException | RuntimeException e) {
                keeper.close();
                throw e;
            }
        } catch (SQLException e) {
            throw new StoreException("cannot open the database in " + folder + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The URL the application's connections use: they join the database the owner opened. */
    public String url() {
        return Database.embeddedUrl(folder).replace(";WRITE_DELAY=0", "");
    }

    public String appUser() {
        return appUser;
    }

    public String appPassword() {
        return appPassword;
    }

    public int migrationsRan() {
        return migrationsRan;
    }

    @Override
    public void close() throws SQLException {
        keeper.close();
    }

    /**
     * The users of a folder without the file: new ones for a new database; for one made before
     * (its file there, owner {@code sa} with an empty password), {@code sa} stays the owner and is
     * given a password. The file is written before any password is set, so none is lost.
     */
    private static Properties firstUsers(Path folder, Path file) throws IOException {
        Properties users = new Properties();
        boolean existing = Files.exists(folder.resolve("gongkai.mv.db"));
        users.setProperty("owner.user", existing ? "sa" : OWNER);
        users.setProperty("owner.password", secret());
        if (existing) {
            users.setProperty("owner.previousPassword", "");
        }
        users.setProperty("app.user", APP);
        users.setProperty("app.password", secret());
        write(file, users);
        return users;
    }

    private static String secret() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        // letters, digits, - and _: nothing to quote inside an SQL string
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static Properties read(Path file) throws IOException {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
        }
        for (String key : p.stringPropertyNames()) {
            if (key.endsWith("password") && !p.getProperty(key).matches("[A-Za-z0-9_-]*")) {
                throw new StoreException(file + ": " + key + " may hold letters, digits, - and _ only");
            }
        }
        return p;
    }

    private static void write(Path file, Properties users) throws IOException {
        Path next = file.resolveSibling(file.getFileName() + ".new");
        Files.deleteIfExists(next);
        try {
            Files.createFile(next, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException notPosix) {
            Files.createFile(next);
        }
        try (Writer out = Files.newBufferedWriter(next, StandardCharsets.UTF_8, StandardOpenOption.TRUNCATE_EXISTING)) {
            users.store(out, "Gongkai: the embedded database's users (owner runs migrations, app serves requests)");
        }
        Files.move(next, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }
}
