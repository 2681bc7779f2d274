/**
 * Reads a budget workbook (.xlsx) back into a disclosure: the workbook Gongkai's own
 * {@code XlsxRenderer} writes, and hand-made workbooks whose sheets carry the standard table titles
 * (部门收支总表, 一般公共预算支出表 …) and header labels (项目, 科目编码 or 类/款/项, 合计, 基本支出 …)
 * laid out in their own way. Cells are found by their labels, never by fixed addresses. A workbook
 * holds only the tables, so the rest of the disclosure is the minimum a valid one needs (title,
 * year, department name where printed, an unknown region); the statement sheet's text and every
 * other cell that could not be placed are reported as {@link org.gongkai.importing.ImportResult.Unplaced}
 * entries with their {@code Sheet!A1} place, so that nothing is dropped silently.
 */
package org.gongkai.importing.xlsx;
