package org.gongkai.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/**
 * The repositories reach the connection of the work running on their thread: the same one the work
 * was given, the outer one again after a nested piece of work, and none outside any work.
 */
class DatabaseConnectionTest {

    private final Database database = Database.open("jdbc:h2:mem:connection" + System.nanoTime()
            + ";DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE", "sa", "");

    @Test
    void theWorksConnectionIsTheOneItsRepositoriesReach() {
        boolean same = database.inTransaction(c -> c == database.connection());
        assertThat(same).isTrue();
        boolean sameWhenReading = database.read(c -> c == database.connection());
        assertThat(sameWhenReading).isTrue();
    }

    @Test
    void aNestedPieceOfWorkHandsTheOuterConnectionBack() {
        database.inTransaction(outer -> {
            Connection inner = database.inTransaction(c -> database.connection());
            assertThat(inner).isNotSameAs(outer);
            assertThat(database.connection()).isSameAs(outer);
            return null;
        });
    }

    @Test
    void outsideAnyWorkThereIsNoConnection() {
        assertThatThrownBy(database::connection).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> database.inTransaction(c -> {
            throw new IllegalArgumentException("refused");
        })).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(database::connection).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void whatARepositoryWritesThroughItCommitsOrRollsBackWithTheWork() throws Exception {
        database.inTransaction(c -> {
            try (Statement s = c.createStatement()) {
                s.executeUpdate("CREATE TABLE notes (text VARCHAR(20))");
            }
            return null;
        });
        assertThatThrownBy(() -> database.inTransaction(c -> {
            try (Statement s = database.connection().createStatement()) {
                s.executeUpdate("INSERT INTO notes VALUES ('lost')");
            }
            throw new IllegalStateException("the work fails after the write");
        })).isInstanceOf(IllegalStateException.class);
        database.inTransaction(c -> {
            try (Statement s = database.connection().createStatement()) {
                s.executeUpdate("INSERT INTO notes VALUES ('kept')");
            }
            return null;
        });
        int rows = database.read(c -> {
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT COUNT(*) FROM notes")) {
                r.next();
                return r.getInt(1);
            }
        });
        assertThat(rows).isEqualTo(1);
    }
}
