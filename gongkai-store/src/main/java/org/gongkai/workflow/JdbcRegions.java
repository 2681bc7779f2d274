package org.gongkai.workflow;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.gongkai.store.Database;
import org.gongkai.workflow.Directory.RegionView;

/** The rows of {@code regions}, on the connection of the transaction running. */
final class JdbcRegions implements Regions {

    private final Database database;

    JdbcRegions(Database database) {
        this.database = Objects.requireNonNull(database, "database");
    }

    @Override
    public List<RegionView> all() {
        return Rows.unchecked(() -> Rows.all(database.connection(), "SELECT r.code, r.name, r.level, p.code"
                + " FROM regions r LEFT JOIN regions p ON p.id = r.parent_id ORDER BY r.code",
                r -> new RegionView(r.getString(1), r.getString(2), r.getString(3), r.getString(4))));
    }

    @Override
    public Optional<Long> idOf(String code) {
        return Rows.unchecked(() -> RegionRows.regionId(database.connection(), code));
    }

    @Override
    public Set<String> codesWithin(long regionId) {
        return Rows.unchecked(() -> new LinkedHashSet<>(Rows.all(database.connection(),
                RegionRows.below("SELECT code FROM down"), r -> r.getString(1), regionId)));
    }

    @Override
    public void add(RegionView region, Long parentId) {
        Rows.unchecked(() -> Rows.update(database.connection(),
                "INSERT INTO regions (parent_id, level, name, code) VALUES (?, ?, ?, ?)", parentId, region.level(),
                region.name(), region.code()));
    }
}
