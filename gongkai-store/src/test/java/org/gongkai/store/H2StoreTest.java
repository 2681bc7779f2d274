package org.gongkai.store;

import java.util.concurrent.atomic.AtomicInteger;

/** The store on H2 in memory, in PostgreSQL mode, as the server's file database will run. */
class H2StoreTest extends StoreContract {

    private static final AtomicInteger DATABASES = new AtomicInteger();

    @Override
    Database freshDatabase() {
        return Database.open("jdbc:h2:mem:gongkai" + DATABASES.incrementAndGet()
                + ";DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE", "sa", "");
    }
}
