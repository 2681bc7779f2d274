package org.gongkai.workflow;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.gongkai.lifecycle.Actor;
import org.gongkai.lifecycle.Role;
import org.gongkai.workflow.Accounts.User;

/** The accounts, as sign-in and administration read and add them. Every method runs inside the caller's transaction. */
interface Users {

    /** What a password is checked against: the account, its slow hash, and whether it is disabled. */
    record Credentials(long userId, String passwordHash, boolean disabled) {
    }

    /** An account to add, its region and departments found by their ids. */
    record NewUser(String username, String displayName, String passwordHash, Role role, Long regionId,
            Set<Long> departmentIds, Instant createdAt) {

        public NewUser {
            departmentIds = Set.copyOf(departmentIds);
        }
    }

    long count();

    Optional<Credentials> credentials(String username);

    /** The person who acts with the account, unless it is unknown or disabled. */
    Optional<Actor> actor(long userId);

    boolean exists(String username);

    /** Adds the account with its departments; returns it as listed. */
    User add(NewUser user);

    /** Every account with its departments, by name, in the same statements however many there are. */
    List<User> all();
}
