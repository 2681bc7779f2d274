/**
 * Reads the Shanghai budget disclosures published as PDF: the words of each page with their
 * positions ({@link org.gongkai.importing.pdf.PdfWords}), the standard tables found by their
 * titles and rebuilt row by row from the header columns ({@link org.gongkai.importing.pdf.TableFinder},
 * {@link org.gongkai.importing.pdf.ColumnLayout}, {@link org.gongkai.importing.pdf.TableReader}),
 * and the statement sections that can be placed in the model (duties, organisation, glossary);
 * every other line is reported as unplaced, so that nothing is dropped silently.
 */
package org.gongkai.importing.pdf;
