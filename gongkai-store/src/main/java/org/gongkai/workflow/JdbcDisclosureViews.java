package org.gongkai.workflow;

import java.util.Objects;
import org.gongkai.lifecycle.StoredVersion;
import org.gongkai.store.Database;
import org.gongkai.workflow.Workflow.DisclosureView;

/** The views of disclosures, read on the connection of the transaction running. */
final class JdbcDisclosureViews implements DisclosureViews {

    private final Database database;

    JdbcDisclosureViews(Database database) {
        this.database = Objects.requireNonNull(database, "database");
    }

    @Override
    public DisclosureView of(StoredVersion shown) {
        return Rows.unchecked(() -> DisclosureRows.view(database.connection(), shown.disclosureId(), shown));
    }
}
