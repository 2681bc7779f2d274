package org.gongkai.workflow;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.gongkai.lifecycle.Placement;
import org.gongkai.lifecycle.Placements;
import org.gongkai.lifecycle.WorkflowException;
import org.gongkai.store.Database;

/**
 * Where departments sit, read in one recursive query however many departments are asked for: each
 * department's region and every region above it ({@code WITH RECURSIVE}, the same text on H2 and
 * PostgreSQL).
 */
final class JdbcPlacements implements Placements {

    /** Regions nest province › city › county › township; a deeper chain is a broken tree, not a place. */
    static final int MAX_DEPTH = 16;

    private final Database database;

    JdbcPlacements(Database database) {
        this.database = Objects.requireNonNull(database, "database");
    }

    @Override
    public Placement of(long departmentId) {
        Placement place = of(List.of(departmentId)).get(departmentId);
        if (place == null) {
            throw WorkflowException.notFound("no department " + departmentId);
        }
        return place;
    }

    @Override
    public Map<Long, Placement> of(Collection<Long> departmentIds) {
        Set<Long> wanted = new LinkedHashSet<>(departmentIds);
        if (wanted.isEmpty()) {
            return Map.of();
        }
        return Rows.unchecked(() -> {
            Map<Long, List<Long>> paths = new LinkedHashMap<>();
            try (PreparedStatement s = database.connection().prepareStatement(ancestry(wanted.size()))) {
                int p = 1;
                for (long id : wanted) {
                    s.setLong(p++, id);
                }
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        paths.computeIfAbsent(r.getLong(1), k -> new ArrayList<>()).add(r.getLong(2));
                    }
                }
            }
            Map<Long, Placement> out = new LinkedHashMap<>();
            paths.forEach((department, path) -> out.put(department, new Placement(department, path)));
            return out;
        });
    }

    /** Each department with its regions, nearest first. */
    private static String ancestry(int departments) {
        String marks = java.util.Collections.nCopies(departments, "?").stream().collect(Collectors.joining(", "));
        return "WITH RECURSIVE up(department_id, id, parent_id, depth) AS ("
                + " SELECT d.id, r.id, r.parent_id, 0 FROM regions r JOIN departments d ON d.region_id = r.id"
                + " WHERE d.id IN (" + marks + ")"
                + " UNION ALL SELECT up.department_id, r.id, r.parent_id, up.depth + 1 FROM regions r"
                + " JOIN up ON r.id = up.parent_id WHERE up.depth < " + MAX_DEPTH + ")"
                + " SELECT department_id, id FROM up ORDER BY department_id, depth";
    }
}
