package org.gongkai.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What the document is: its title, kind and fiscal year, the template profile it follows, the unit
 * its statement speaks in, and its dates. A date not given is {@code null} (unknown), never guessed.
 *
 * @param title       the title as published, e.g. 临西县科学技术协会2020年度部门预算信息公开情况说明
 * @param preamble    the opening paragraph (legal basis of the publication)
 * @param unit        the unit of the amounts in the statement text (tables declare their own)
 * @param approvedOn  批复日期: the date the finance bureau approved the budget
 * @param publishedOn 公开日期
 * @param dataAsOf    截止时间 as printed at the end of the statement
 * @param compiledBy  编制部门
 */
public record DocumentInfo(
        String title,
        DocumentKind kind,
        int fiscalYear,
        String profile,
        MoneyUnit unit,
        String preamble,
        LocalDate approvedOn,
        LocalDate publishedOn,
        LocalDate dataAsOf,
        String compiledBy) {

    public DocumentInfo {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(unit, "unit");
        if (!isFiscalYear(fiscalYear)) {
            throw new IllegalArgumentException("fiscal year out of range: " + fiscalYear);
        }
    }

    /** The first and last fiscal years a disclosure may name; readers refuse others with a located problem. */
    public static final int FIRST_FISCAL_YEAR = 1990;
    public static final int LAST_FISCAL_YEAR = 2100;

    public static boolean isFiscalYear(int year) {
        return year >= FIRST_FISCAL_YEAR && year <= LAST_FISCAL_YEAR;
    }
}
