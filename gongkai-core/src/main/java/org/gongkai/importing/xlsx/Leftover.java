package org.gongkai.importing.xlsx;

/** A cell the importer read and could not place, and why. */
record Leftover(GridCell cell, String reason) {}
