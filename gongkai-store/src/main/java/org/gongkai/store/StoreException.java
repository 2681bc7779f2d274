package org.gongkai.store;

/** The database failed (an {@link java.sql.SQLException}), or holds what it should not. */
public class StoreException extends RuntimeException {

    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
