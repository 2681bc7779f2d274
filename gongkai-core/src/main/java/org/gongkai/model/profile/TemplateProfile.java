package org.gongkai.model.profile;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.gongkai.model.Column;
import org.gongkai.model.DocumentKind;
import org.gongkai.model.GovernmentLevel;
import org.gongkai.model.MoneyUnit;

/**
 * A template profile: what a family of documents looks like. For a region (none for the generic
 * profile), a range of years and a kind of document: which sections and tables a disclosure must
 * have and the titles they are printed under, the units of statement and tables, the header labels
 * of its tables and the column each names, the indicator framework in force, and the phrases that
 * tell a document of this family from others ({@code recognise}).
 *
 * @param level     the level of government whose documents follow it, or null for any
 * @param recognise phrases printed in documents of this family and rarely elsewhere
 * @param columns   header labels of this family's tables and the column each names
 * @param phrases   for each fact its statement states (three_public.abroad, procurement.total …), the
 *                  labels this family prints before its amount, most specific first
 */
public record TemplateProfile(
        String id,
        String name,
        String region,
        GovernmentLevel level,
        int fromYear,
        Integer toYear,
        DocumentKind kind,
        MoneyUnit statementUnit,
        MoneyUnit tableUnit,
        List<String> recognise,
        Map<String, Column> columns,
        Map<String, List<String>> phrases,
        List<SectionSpec> sections,
        List<TableSpec> tables,
        IndicatorFramework framework) {

    public TemplateProfile {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(statementUnit, "statementUnit");
        Objects.requireNonNull(tableUnit, "tableUnit");
        recognise = recognise == null ? List.of() : List.copyOf(recognise);
        columns = columns == null ? Map.of() : Map.copyOf(columns);
        phrases = phrases == null ? Map.of() : Map.copyOf(phrases);
        sections = sections == null ? List.of() : List.copyOf(sections);
        tables = tables == null ? List.of() : List.copyOf(tables);
    }

    /** The labels this family prints before the amount of that fact, or none. */
    public List<String> phrases(String fact) {
        return phrases.getOrDefault(fact, List.of());
    }

    /** Whether this is the generic profile every document of no known family is read with. */
    public boolean isGeneric() {
        return region == null;
    }

    /** Whether the profile covers documents of that fiscal year. */
    public boolean covers(int year) {
        return year >= fromYear && (toYear == null || year <= toYear);
    }

    /** The profile with another framework (profiles name theirs by id in the data files). */
    public TemplateProfile withFramework(IndicatorFramework other) {
        return new TemplateProfile(id, name, region, level, fromYear, toYear, kind, statementUnit, tableUnit,
                recognise, columns, phrases, sections, tables, other);
    }
}
