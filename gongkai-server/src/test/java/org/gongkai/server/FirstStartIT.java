package org.gongkai.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.gongkai.workflow.Directory;
import org.junit.jupiter.api.Test;

/** The first start places the seed's department with the codes of the list of administrative divisions. */
class FirstStartIT {

    @Test
    void createsTheSeedsProvinceCityAndCountyWithTheirCodes() {
        try (Servers.Server server = Servers.h2()) {
            List<Directory.RegionView> regions = server.context().getBean(Directory.class).regions();
            assertThat(regions).containsExactly(
                    new Directory.RegionView("130000", "河北省", "province", null),
                    new Directory.RegionView("130500", "邢台市", "city", "130000"),
                    new Directory.RegionView("130535", "临西县", "county", "130500"));
        }
    }

    @Test
    void theFirstPasswordIsNeverPrintedAndTheDataFolderIsTheOwnersOnly() throws Exception {
        java.io.PrintStream console = System.out;
        java.io.ByteArrayOutputStream printed = new java.io.ByteArrayOutputStream();
        System.setOut(new java.io.PrintStream(printed, true, StandardCharsets.UTF_8));
        Servers.Server server;
        try {
            server = Servers.h2();
        } finally {
            System.setOut(console);
        }
        try (server) {
            String password = server.adminPassword();
            assertThat(password).hasSizeGreaterThanOrEqualTo(20);
            assertThat(printed.toString(StandardCharsets.UTF_8)).doesNotContain(password);
            assertThat(Files.getPosixFilePermissions(server.data())).isEqualTo(
                    java.nio.file.attribute.PosixFilePermissions.fromString("rwx------"));
            try (var files = Files.list(server.data())) {
                List<Path> all = files.filter(Files::isRegularFile).toList();
                assertThat(all).extracting(p -> p.getFileName().toString()).contains("gongkai.mv.db", "admin-password.txt");
                for (Path file : all) {
                    assertThat(Files.getPosixFilePermissions(file)).as(file.toString()).isEqualTo(
                            java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
                }
            }
        }
    }

    @Test
    void refusesASeedWhoseRegionIsNotInTheListRatherThanMakeUpACode() throws Exception {
        Path data = Servers.temporaryFolder();
        Path seed = data.resolve("seed.yaml");
        Files.writeString(seed, seedText().replace("    county: 临西县\n    code: \"130535\"\n", "    county: 某某县\n"),
                StandardCharsets.UTF_8);
        assertThat(Files.readString(seed)).contains("某某县");
        assertThatThrownBy(() -> Servers.start(data, null, List.of("--gongkai.seed=" + seed)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("the seed's region 河北省邢台市某某县 is not in the list of administrative divisions");
        assertThat(data.resolve("admin-password.txt")).as("nothing written before the seed was checked").doesNotExist();
    }

    private static String seedText() throws Exception {
        try (InputStream in = FirstStartIT.class.getResourceAsStream("/seed/linxi-kexie-2020.yaml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
