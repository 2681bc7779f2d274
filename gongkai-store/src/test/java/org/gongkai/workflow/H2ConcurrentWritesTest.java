package org.gongkai.workflow;

import java.util.concurrent.atomic.AtomicInteger;
import org.gongkai.store.Database;

/** Concurrent writes on H2, in PostgreSQL mode, as the server's embedded database runs. */
class H2ConcurrentWritesTest extends ConcurrentWritesContract {

    private static final AtomicInteger DATABASES = new AtomicInteger();

    @Override
    Database freshDatabase() {
        return Database.open("jdbc:h2:mem:concurrent" + DATABASES.incrementAndGet()
                + ";DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE", "sa", "");
    }
}
