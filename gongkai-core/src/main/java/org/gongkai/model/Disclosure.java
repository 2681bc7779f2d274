package org.gongkai.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A department's annual budget disclosure (部门预算信息公开): the statement section by section, the
 * standard tables, and what the document says of itself. {@code dutiesIntroduction} is the sentence
 * some templates print before the list of duties (…是主管全市财政工作的市政府组成部门。主要职能包括：). Sections a document does not have are
 * {@code null} (lists are empty), which the completeness rules report against the profile. A final
 * accounts' (决算) disclosure uses the same parts and adds {@code finalAccounts}, which a budget leaves null.
 */
public record Disclosure(
        DocumentInfo document,
        Department department,
        String dutiesIntroduction,
        List<String> duties,
        Organisation organisation,
        BudgetOverview overview,
        OperatingCosts operatingCosts,
        ThreePublicExpenses threePublic,
        Performance performance,
        Procurement procurement,
        Assets assets,
        List<GlossaryEntry> glossary,
        String otherMatters,
        List<BudgetTable> tables,
        List<ProjectNote> projectNotes,
        FinalAccounts finalAccounts) {

    public Disclosure {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(department, "department");
        duties = duties == null ? List.of() : List.copyOf(duties);
        glossary = glossary == null ? List.of() : List.copyOf(glossary);
        tables = tables == null ? List.of() : List.copyOf(tables);
        projectNotes = projectNotes == null ? List.of() : List.copyOf(projectNotes);
    }

    /** A budget disclosure: the parts every disclosure has, without final accounts. */
    public Disclosure(
            DocumentInfo document,
            Department department,
            String dutiesIntroduction,
            List<String> duties,
            Organisation organisation,
            BudgetOverview overview,
            OperatingCosts operatingCosts,
            ThreePublicExpenses threePublic,
            Performance performance,
            Procurement procurement,
            Assets assets,
            List<GlossaryEntry> glossary,
            String otherMatters,
            List<BudgetTable> tables,
            List<ProjectNote> projectNotes) {
        this(document, department, dutiesIntroduction, duties, organisation, overview, operatingCosts, threePublic,
                performance, procurement, assets, glossary, otherMatters, tables, projectNotes, null);
    }

    public int fiscalYear() {
        return document.fiscalYear();
    }

    public Optional<BudgetTable> table(TableKind kind) {
        for (BudgetTable t : tables) { // a plain loop: every rule that reads a table asks, on every check
            if (t.kind() == kind) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }
}
