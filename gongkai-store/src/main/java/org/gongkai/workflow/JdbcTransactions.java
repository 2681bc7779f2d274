package org.gongkai.workflow;

import java.util.Objects;
import java.util.function.Supplier;
import org.gongkai.lifecycle.Transactions;
import org.gongkai.store.Database;

/** A use case's transaction as one {@link Database#inTransaction} whose connection the repositories share. */
final class JdbcTransactions implements Transactions {

    private final Database database;

    JdbcTransactions(Database database) {
        this.database = Objects.requireNonNull(database, "database");
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        return database.inTransaction(c -> work.get());
    }

    @Override
    public <T> T reading(Supplier<T> work) {
        return database.read(c -> work.get());
    }
}
