package org.gongkai.workflow;

import java.util.Objects;
import org.gongkai.lifecycle.Departments;
import org.gongkai.lifecycle.Disclosures;
import org.gongkai.lifecycle.Placements;
import org.gongkai.lifecycle.Transactions;

/**
 * The repositories the disclosure use cases work through: the domain's, and the facade's read model
 * of disclosures. {@link Workflow} gives the JDBC ones; a test may give in-memory ones.
 */
record Repositories(Transactions transactions, Disclosures disclosures, Departments departments,
        Placements placements, DisclosureViews views) {

    Repositories {
        Objects.requireNonNull(transactions, "transactions");
        Objects.requireNonNull(disclosures, "disclosures");
        Objects.requireNonNull(departments, "departments");
        Objects.requireNonNull(placements, "placements");
        Objects.requireNonNull(views, "views");
    }
}
