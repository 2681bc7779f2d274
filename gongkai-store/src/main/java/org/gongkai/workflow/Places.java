package org.gongkai.workflow;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.gongkai.lifecycle.Placement;
import org.gongkai.lifecycle.WorkflowException;

/** Reads where a department sits, its region and every region above it, in one recursive query. */
final class Places {

    /** Regions nest province › city › county › township; a deeper chain is a broken tree, not a place. */
    static final int MAX_DEPTH = 16;

    private static final String ANCESTRY = "WITH RECURSIVE up(id, parent_id, depth) AS ("
            + " SELECT r.id, r.parent_id, 0 FROM regions r JOIN departments d ON d.region_id = r.id WHERE d.id = ?"
            + " UNION ALL SELECT r.id, r.parent_id, up.depth + 1 FROM regions r JOIN up ON r.id = up.parent_id"
            + " WHERE up.depth < " + MAX_DEPTH + ")"
            + " SELECT id FROM up ORDER BY depth";

    private Places() {
    }

    static Placement of(Connection c, long departmentId) throws SQLException {
        List<Long> path = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(ANCESTRY)) {
            s.setLong(1, departmentId);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    path.add(r.getLong(1));
                }
            }
        }
        if (path.isEmpty()) {
            throw WorkflowException.notFound("no department " + departmentId);
        }
        return new Placement(departmentId, path);
    }
}
