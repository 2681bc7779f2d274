package org.gongkai.model;

/**
 * A statement sentence on one 支出经济分类 line of 基本支出, as a statement that details its basic
 * expenditure by 类 and 款 states it: 工资福利支出（类）2,097.51万元, （1）基本工资（款）支出737.94万元。用于…
 *
 * @param code the economic classification code as the basic expenditure tables print it (301, 30101), or
 *             null when no table of the document carries a line of that name
 */
public record EconomicSpending(String code, String name, Figure figure, String purpose) {}
