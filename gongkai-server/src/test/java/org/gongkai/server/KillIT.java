package org.gongkai.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The server process killed (SIGKILL) in the middle of writes, over and over on the same data
 * (issue 14, ADR 0010): after each restart every write acknowledged before any of the kills is
 * there, every version reads whole, every published file matches its SHA-256 and the audit chain
 * verifies. On the embedded H2 (its folder kept across restarts) and on PostgreSQL (the database
 * kept; only the server dies).
 *
 * <p>Each restart costs a server start, so the build kills {@value #KILLS_IN_THE_BUILD} times per
 * database; {@code -Dgongkai.kills=20} runs the full count (docs/benchmarks.md).
 */
class KillIT {

    private static final int KILLS_IN_THE_BUILD = 2;
    private static final int LANES = 6;
    private static final int KILLS = Integer.getInteger("gongkai.kills", KILLS_IN_THE_BUILD);

    @Test
    void onH2() throws Exception {
        killAndRestart(null);
    }

    @Test
    void onPostgres() throws Exception {
        killAndRestart(Servers.freshPostgres());
    }

    private static void killAndRestart(String dbUrl) throws Exception {
        Path data = Servers.temporaryFolder();
        Random random = new Random(KILLS * 31L + (dbUrl == null ? 0 : 1));
        List<MixedWrites> runs = new ArrayList<>();
        String adminPassword = null;
        for (int kill = 1; kill <= KILLS; kill++) {
            ChildServer server = ChildServer.start(data, dbUrl);
            try {
                if (adminPassword == null) {
                    adminPassword = Servers.Server.readPassword(data);
                }
                verifyAll(runs, server.base, adminPassword, "after kill " + (kill - 1));

                MixedWrites writes = new MixedWrites(server.base, "k" + kill);
                writes.setUp(adminPassword, LANES);
                runs.add(writes);
                // killed once the lanes are well into their writes: after 20 to 120 acknowledged ones
                int killAfter = 20 + random.nextInt(100);
                Thread lanes = new Thread(() -> {
                    try {
                        writes.run(LANES, true);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                });
                lanes.start();
                long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
                while (writes.acks.size() < killAfter && lanes.isAlive() && System.nanoTime() < deadline) {
                    Thread.sleep(5);
                }
                assertThat(lanes.isAlive()).as("the lanes are still writing when the server is killed").isTrue();
                server.kill();
                lanes.join(TimeUnit.MINUTES.toMillis(2));
                assertThat(lanes.isAlive()).as("the lanes stop when their server is gone").isFalse();
                assertThat(writes.serverErrors()).as("answers of 500 and above before the kill").isEmpty();
            } finally {
                server.kill();
            }
        }
        ChildServer last = ChildServer.start(data, dbUrl);
        try {
            verifyAll(runs, last.base, adminPassword, "after kill " + KILLS);
        } finally {
            last.kill();
        }
    }

    private static void verifyAll(List<MixedWrites> runs, String base, String adminPassword, String when) throws Exception {
        List<String> wrong = new ArrayList<>();
        for (MixedWrites run : runs) {
            wrong.addAll(run.on(base).verify(adminPassword, false));
        }
        assertThat(wrong).as(when).isEmpty();
    }

    /** The server in a process of its own, started as {@code gongkai serve} starts it. */
    static final class ChildServer {
        final Process process;
        final String base;

        private ChildServer(Process process, String base) {
            this.process = process;
            this.base = base;
        }

        static ChildServer start(Path data, String dbUrl) throws Exception {
            int port;
            try (ServerSocket free = new ServerSocket(0)) {
                port = free.getLocalPort();
            }
            List<String> command = new ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Dgongkai.bcrypt.cost=4", "-XX:TieredStopAtLevel=1",
                    "-cp", System.getProperty("java.class.path"), GongkaiServer.class.getName(),
                    "--server.port=" + port, "--gongkai.data=" + data, "--logging.level.org.gongkai=WARN"));
            if (dbUrl != null) {
                command.addAll(List.of("--gongkai.db.url=" + dbUrl, "--gongkai.db.user=postgres",
                        "--gongkai.db.password=postgres"));
            }
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(data.resolve("server.log").toFile()).start();
            String base = "http://localhost:" + port;
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
            while (System.nanoTime() < deadline) {
                if (!process.isAlive()) {
                    throw new AssertionError("the server stopped at start: see " + data.resolve("server.log"));
                }
                try {
                    HttpResponse<Void> health = http.send(HttpRequest.newBuilder(URI.create(base + "/actuator/health"))
                            .build(), HttpResponse.BodyHandlers.discarding());
                    if (health.statusCode() == 200) {
                        return new ChildServer(process, base);
                    }
                } catch (IOException notYet) {
                    // still starting
                }
                Thread.sleep(250);
            }
            process.destroyForcibly();
            throw new AssertionError("the server did not start within 3 minutes: see " + data.resolve("server.log"));
        }

        /** SIGKILL: no shutdown hook, no flush, no goodbye. */
        void kill() throws InterruptedException {
            process.destroyForcibly();
            process.waitFor(1, TimeUnit.MINUTES);
        }
    }
}
