package org.gongkai.model.profile;

import java.util.List;
import java.util.Objects;
import org.gongkai.model.DocumentKind;
import org.gongkai.model.MoneyUnit;

/**
 * A template profile: for a region, a range of years and a kind of document, which sections and
 * tables a disclosure must have, their titles, the units of statement and tables, and the
 * indicator framework in force.
 */
public record TemplateProfile(
        String id,
        String name,
        String region,
        int fromYear,
        Integer toYear,
        DocumentKind kind,
        MoneyUnit statementUnit,
        MoneyUnit tableUnit,
        List<SectionSpec> sections,
        List<TableSpec> tables,
        IndicatorFramework framework) {

    public TemplateProfile {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(statementUnit, "statementUnit");
        Objects.requireNonNull(tableUnit, "tableUnit");
        sections = sections == null ? List.of() : List.copyOf(sections);
        tables = tables == null ? List.of() : List.copyOf(tables);
    }
}
