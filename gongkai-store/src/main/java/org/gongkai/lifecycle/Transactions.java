package org.gongkai.lifecycle;

import java.util.function.Supplier;

/**
 * Runs a use case's work as one transaction: every repository it calls reads and writes in it;
 * committed when the work returns, rolled back when it throws, so a failure leaves nothing behind.
 */
public interface Transactions {

    <T> T inTransaction(Supplier<T> work);

    /**
     * Runs work that reads only what never changes (a published file): it needs no transaction, and
     * may run without one to save its begin and commit.
     */
    <T> T reading(Supplier<T> work);
}
