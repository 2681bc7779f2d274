package org.gongkai.lifecycle;

import java.util.Optional;

/** The departments as the disclosure use cases need them: found by key, and their turn to start a disclosure. */
public interface Departments {

    /** A department's id by its key, REGION/CODE (unique in the system). */
    Optional<Long> idOf(String key);

    /**
     * Holds the department's turn until the transaction ends, so that two requests starting a
     * disclosure for it take their turn: the second sees the first's disclosure and is refused as a
     * conflict instead of failing on the unique key. An unknown department is "not found".
     */
    void lock(long departmentId);
}
