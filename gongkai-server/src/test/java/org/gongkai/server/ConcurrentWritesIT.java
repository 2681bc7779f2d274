package org.gongkai.server;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Over a thousand writes of every kind at once against one server (issue 14): creations, saves,
 * racing saves, acknowledgements, submissions, approvals, publications and racing next-year
 * requests of 24 departments side by side. No answer is a server error, and everything the server
 * acknowledged is there afterwards, once in the audit log, whose chain verifies. On the embedded H2
 * and on PostgreSQL.
 */
class ConcurrentWritesIT {

    private static final int LANES = 24;

    @Test
    void onH2() throws Exception {
        try (Servers.Server server = Servers.h2()) {
            runAndVerify(server);
        }
    }

    @Test
    void onPostgres() throws Exception {
        try (Servers.Server server = Servers.postgres(Servers.freshPostgres())) {
            runAndVerify(server);
        }
    }

    private static void runAndVerify(Servers.Server server) throws Exception {
        MixedWrites writes = new MixedWrites(server.base(), "cw");
        writes.setUp(server.adminPassword(), LANES);
        writes.run(LANES);
        assertThat(writes.writes.get()).as("writes sent").isGreaterThanOrEqualTo(1000);
        assertThat(writes.serverErrors()).as("answers of 500 and above, by status").isEmpty();
        assertThat(writes.acks).as("acknowledged publications").filteredOn(a -> a.kind().equals("publish")).hasSize(LANES);
        assertThat(writes.verify(server.adminPassword(), true)).isEmpty();
    }
}
