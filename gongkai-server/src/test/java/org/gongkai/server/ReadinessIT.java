package org.gongkai.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A load balancer sends no one to a node before its first start is done: readiness answers 503
 * while the first start waits for its seed (read here from a pipe the test holds shut), liveness
 * 200; once the seed is read and published, readiness answers 200.
 */
class ReadinessIT {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void readinessStaysDownUntilTheFirstStartIsDone() throws Exception {
        Path data = Servers.temporaryFolder();
        Path seed = data.resolve("seed.yaml");
        Process mkfifo = new ProcessBuilder("mkfifo", seed.toString()).start();
        assertThat(mkfifo.waitFor()).isZero();
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        CompletableFuture<Servers.Server> starting = CompletableFuture.supplyAsync(() -> Servers.start(data, null,
                List.of("--server.port=" + port, "--gongkai.seed=" + seed)));
        String base = "http://localhost:" + port;
        try {
            int live = waitForAnswer(base + "/actuator/health/liveness", starting);
            assertThat(live).isEqualTo(200);
            assertThat(status(base + "/actuator/health/readiness")).as("first start not done").isEqualTo(503);
            assertThat(starting).isNotDone();
            try (InputStream in = ReadinessIT.class.getResourceAsStream("/seed/linxi-kexie-2020.yaml");
                    OutputStream pipe = Files.newOutputStream(seed)) {
                in.transferTo(pipe);
            }
            try (Servers.Server server = starting.get(120, TimeUnit.SECONDS)) {
                assertThat(status(base + "/actuator/health/readiness")).isEqualTo(200);
                assertThat(status(base + "/actuator/health/liveness")).isEqualTo(200);
                assertThat(status(base + "/api/disclosures")).isEqualTo(200);
            }
        } finally {
            if (!starting.isDone()) {
                // free the first start if an assertion failed while it waited
                try (OutputStream pipe = Files.newOutputStream(seed)) {
                    pipe.write(new byte[0]);
                } catch (Exception ignored) {
                    // already read
                }
                starting.handle((s, e) -> {
                    if (s != null) {
                        s.close();
                    }
                    return null;
                });
            }
        }
    }

    /** The status of the first answer, once the server listens (within two minutes). */
    private int waitForAnswer(String url, CompletableFuture<?> starting) throws Exception {
        long until = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
        while (true) {
            try {
                return status(url);
            } catch (java.net.ConnectException notYet) {
                if (starting.isCompletedExceptionally()) {
                    starting.join();
                }
                if (System.nanoTime() > until) {
                    throw notYet;
                }
                Thread.sleep(200);
            }
        }
    }

    private int status(String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(20)).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
