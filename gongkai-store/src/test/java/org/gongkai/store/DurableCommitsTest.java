package org.gongkai.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every commit acknowledged by the embedded database survives the process being killed
 * (issue 14, item 3): a child process appends to the audit log and says so after each commit, is
 * killed with SIGKILL in the middle of its writes, and the database it leaves holds every
 * acknowledged entry with its chain intact; three times over the same files.
 */
class DurableCommitsTest {

    private static final int ACKNOWLEDGED_BEFORE_KILL = 150;

    @TempDir
    Path dir;

    @Test
    void everyAcknowledgedCommitSurvivesAKill() throws Exception {
        for (int round = 0; round < 3; round++) {
            String writer = "writer-" + round;
            Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), WritesUntilKilled.class.getName(), dir.toString(), writer)
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            int acknowledged = -1;
            try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = out.readLine(); line != null; line = out.readLine()) {
                    if (line.startsWith("ack ")) {
                        acknowledged = Integer.parseInt(line.substring(4));
                        if (acknowledged + 1 >= ACKNOWLEDGED_BEFORE_KILL) {
                            child.destroyForcibly();
                            break;
                        }
                    }
                }
            } finally {
                child.destroyForcibly();
                assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
            }
            assertThat(acknowledged + 1).as("the child acknowledged its writes").isGreaterThanOrEqualTo(ACKNOWLEDGED_BEFORE_KILL);

            JdbcAuditLog log = new JdbcAuditLog(Database.open(Database.embeddedUrl(dir), "sa", ""), Clock.systemUTC());
            long kept = log.entries().stream().filter(e -> e.actor().equals(writer)).count();
            assertThat(kept).as("entries of round " + round + " after the kill").isGreaterThanOrEqualTo(acknowledged + 1);
            assertThat(log.verify()).isEmpty();
        }
    }
}
