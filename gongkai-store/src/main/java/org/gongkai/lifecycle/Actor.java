package org.gongkai.lifecycle;

import java.util.Objects;
import java.util.Set;

/**
 * Who is asking: a signed-in person with their role, the region they review (reviewers) and the
 * departments they prepare for (preparers), or the public (no role). The system itself, loading
 * the seed on first start, is an administrator named {@code system}.
 */
public record Actor(Long userId, String username, Role role, Long regionId, Set<Long> departmentIds) {

    public static final Actor PUBLIC = new Actor(null, "public", null, null, Set.of());
    public static final Actor SYSTEM = new Actor(null, "system", Role.ADMINISTRATOR, null, Set.of());

    public Actor {
        Objects.requireNonNull(username, "username");
        departmentIds = Set.copyOf(departmentIds);
    }

    public boolean isPublic() {
        return role == null;
    }

    public boolean is(Role r) {
        return role == r;
    }
}
