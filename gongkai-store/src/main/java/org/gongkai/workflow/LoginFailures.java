package org.gongkai.workflow;

import java.time.Instant;
import java.util.Optional;

/**
 * The failed sign-ins, per name and per address, kept in the database so that every server process
 * throttles alike. Names and addresses come cut to 100 characters, the width they are kept in. Every method runs
 * inside the caller's transaction.
 */
interface LoginFailures {

    /** How many failures there were since a moment, and when the oldest of them was. */
    record Tally(long count, Optional<Instant> oldest) {
    }

    Tally since(String username, String address, Instant since);

    Tally since(String address, Instant since);

    void record(String username, String address, Instant at);

    /** Drops the failures older than {@code before}. */
    void forgetBefore(Instant before);
}
