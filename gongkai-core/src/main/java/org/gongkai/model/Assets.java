package org.gongkai.model;

/**
 * 国有资产: the statement, the total of fixed assets at the end of last year, what the year plans to
 * buy, and the table of holdings and planned purchases.
 */
public record Assets(
        String statement,
        Amount priorYearEndTotal,
        Amount plannedPurchases,
        String asOf,
        AssetTable table) {}
