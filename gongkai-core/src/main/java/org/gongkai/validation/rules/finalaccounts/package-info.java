/**
 * The rules of the final accounts (部门决算): the identities of the nine 决算 tables and between them, read
 * by table kind and column, with the rounding a table in 万元 allows; the statement against the tables;
 * 决算 against 预算 (the direction word, the completion rate, the reason for a difference, 三公 above 预算);
 * stated shares; the self-evaluation counts; the asset position at the end of the fiscal year. A budget
 * is not their business: they return nothing for one.
 */
package org.gongkai.validation.rules.finalaccounts;
