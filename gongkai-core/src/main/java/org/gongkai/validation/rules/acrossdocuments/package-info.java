/**
 * Rules that need two documents of one department and year: a 决算 against the budget published for the
 * same year. They are not rules of one document (ADR 0009), so {@code StandardRules.rules()} does
 * not run them; {@code AuditDisclosures} and {@code CheckFinalAccountsAgainstBudget} do, and
 * docs/rules.md lists them under "Across documents".
 */
package org.gongkai.validation.rules.acrossdocuments;

