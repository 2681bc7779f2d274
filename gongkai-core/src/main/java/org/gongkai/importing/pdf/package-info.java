/**
 * Reads the Shanghai budget disclosures published as PDF: the words of each page with their
 * positions ({@link org.gongkai.importing.pdf.PdfWords}), the standard tables found by their
 * titles and rebuilt row by row from the header columns ({@link org.gongkai.importing.pdf.TableFinder},
 * {@link org.gongkai.importing.pdf.ColumnLayout}, {@link org.gongkai.importing.pdf.TableReader}),
 * and the statement sections that can be placed in the model (duties, organisation, glossary);
 * every other line is reported as unplaced, so that nothing is dropped silently. A 决算 is read by the
 * same readers; {@link org.gongkai.importing.pdf.FinalAccountsTables} turns its tables into the model's
 * conventions (closing lines as total-row columns, the funds' accounts, the 三公 预算数/决算数 rows, the
 * 基本支出 table printed in two halves) and {@link org.gongkai.importing.pdf.FinalAccountsReader} reads what
 * its statement says beyond a budget's, by the profile's section titles and phrases.
 */
package org.gongkai.importing.pdf;
