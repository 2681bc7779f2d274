/**
 * Reading a budget statement from the text extracted from its published PDF: lines broken where the
 * page broke them, tables flattened into runs of cells, spaces left between digits and characters.
 * The importer rebuilds sections, figures and performance tables and reports, with its line, every
 * piece of text it could not place.
 */
package org.gongkai.importing.text;
