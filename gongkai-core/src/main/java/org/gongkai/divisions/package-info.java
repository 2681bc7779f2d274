/**
 * The administrative divisions (行政区划) of mainland China down to county level, with their GB/T 2260
 * codes, read once from {@code divisions.tsv} (generated from a published list, see its NOTICE.md).
 * {@link org.gongkai.divisions.Divisions#locate} finds the region a published name or title speaks of,
 * so that an importer places a department in its county, city and province with a real code; a name
 * the list does not hold, or holds more than once, places nothing rather than a guess.
 */
package org.gongkai.divisions;
