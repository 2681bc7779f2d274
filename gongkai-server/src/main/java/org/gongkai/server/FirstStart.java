package org.gongkai.server;

import org.gongkai.lifecycle.WorkflowException;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.gongkai.divisions.Division;
import org.gongkai.divisions.Divisions;
import org.gongkai.divisions.Placement;
import org.gongkai.importing.canonical.CanonicalCodec;
import org.gongkai.importing.canonical.CanonicalFormat;
import org.gongkai.model.Disclosure;
import org.gongkai.model.GovernmentLevel;
import org.gongkai.model.Region;
import org.gongkai.workflow.Accounts;
import org.gongkai.lifecycle.Actor;
import org.gongkai.workflow.Directory;
import org.gongkai.lifecycle.Role;
import org.gongkai.workflow.Workflow;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * What the first start of an empty database does: creates the administrator with a random password,
 * written to {@code DATA/admin-password.txt} readable by the owner only and never printed (the log
 * says where it is; there are no default passwords), and loads the seed disclosure as published by its
 * department in its region, whose province, city and county are created with their codes from the
 * list of administrative divisions. A database that already has accounts is left as it is, so several
 * processes sharing one database do this once.
 */
@Component
public class FirstStart implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(FirstStart.class);

    private final Accounts accounts;
    private final Directory directory;
    private final Workflow workflow;
    private final CanonicalCodec codec;
    private final Path data;
    private final String seed;

    public FirstStart(Accounts accounts, Directory directory, Workflow workflow, CanonicalCodec codec,
            @Value("${gongkai.data:data}") String data, @Value("${gongkai.seed:classpath}") String seed) {
        this.accounts = accounts;
        this.directory = directory;
        this.workflow = workflow;
        this.codec = codec;
        this.data = Path.of(data).toAbsolutePath();
        this.seed = seed;
    }

    @Override
    public void run(ApplicationArguments args) throws Exception {
        if (accounts.count() > 0) {
            return;
        }
        Seed seeded = "none".equals(seed) ? null : readSeed();
        String password = accounts.secret("admin").substring("admin_".length(), "admin_".length() + 24);
        try {
            accounts.create(Actor.SYSTEM, "admin", "系统管理员", Role.ADMINISTRATOR, null, List.of(), password);
        } catch (org.gongkai.lifecycle.WorkflowException e) {
            // another node sharing the database made the first start at the same moment
            LOG.info("first start made by another node: {}", e.getMessage());
            return;
        }
        Path file = writeOwnerOnly(data.resolve("admin-password.txt"), password + "\n");
        // the password itself never goes to the console or the log, which others may read or collect
        LOG.warn("管理员账户已创建 (administrator created): admin; its first password is in {} (readable by the owner"
                + " only)", file);
        if (seeded != null) {
            loadSeed(seeded);
        }
    }

    /** The seed disclosure and where its region is in the list of divisions. */
    private record Seed(Disclosure disclosure, Placement placement) {
    }

    /**
     * Reads the seed and finds its region in the list of administrative divisions, before anything is
     * written: a region the list does not hold, or a code that is not the list's, stops the first
     * start with the reason, rather than being stored under a made-up code. The list ends at county
     * level: a township's department is placed in its county, as before.
     */
    private Seed readSeed() {
        Disclosure d = codec.read(seedText(), "linxi-kexie-2020.yaml", CanonicalFormat.YAML);
        Region r = d.department().region();
        Divisions divisions = Divisions.standard();
        Placement placement = divisions.place(r).orElseThrow(() -> new IllegalStateException("the seed's region "
                + r.fullName() + " is not in the list of administrative divisions (" + divisions.source() + ")"));
        boolean township = r.level() == GovernmentLevel.TOWNSHIP;
        if (!township && (r.level() != placement.level() || r.code() != null && !r.code().equals(placement.code()))) {
            throw new IllegalStateException("the seed's region " + r.fullName() + " (" + r.level() + ", code "
                    + r.code() + ") is " + placement.code() + " at " + placement.level() + " level in the list of divisions");
        }
        return new Seed(d, placement);
    }

    private void loadSeed(Seed seeded) {
        Disclosure d = seeded.disclosure();
        Placement p = seeded.placement();
        String province = ensure(p.province());
        String city = p.city() == null ? province : ensure(p.city());
        String county = p.county() == null ? city : ensure(p.county());
        String code = d.department().code() == null ? "seed" : d.department().code();
        String nature = d.organisation() == null || d.organisation().units().isEmpty() ? null
                : d.organisation().units().get(0).nature();
        directory.createDepartment(Actor.SYSTEM, county, code, d.department().name(), nature, "一级预算单位");
        Workflow.DisclosureView loaded = workflow.loadPublished(Actor.SYSTEM, county + "/" + code, d,
                "按原公开文本载入 (loaded as originally published)");
        LOG.info("seed disclosure loaded as published: {} {} (id {})", d.department().name(),
                d.document().fiscalYear(), loaded.id());
    }

    private String ensure(Division d) {
        if (directory.region(d.code()).isEmpty()) {
            directory.createRegion(Actor.SYSTEM, d.parentCode(), d.level().name(), d.name(), d.code());
        }
        return d.code();
    }

    private String seedText() {
        try {
            if (!"classpath".equals(seed)) {
                return Files.readString(Path.of(seed), StandardCharsets.UTF_8);
            }
            try (InputStream in = FirstStart.class.getResourceAsStream("/seed/linxi-kexie-2020.yaml")) {
                if (in == null) {
                    throw new IllegalStateException("the seed disclosure is missing from the server's jar");
                }
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path writeOwnerOnly(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.deleteIfExists(file);
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException notPosix) {
            Files.createFile(file);
        }
        Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.TRUNCATE_EXISTING);
        return file;
    }
}
