package org.gongkai.importing;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.gongkai.model.Disclosure;

/**
 * What an importer read from a published file: the disclosure; where each imported value came
 * from ({@code places}: JSON pointer of the value → "page 3, line 12" or "Sheet1!B7"); and what it
 * found but could not place, so that nothing is dropped silently.
 */
public record ImportResult(Disclosure disclosure, Map<String, String> places, List<Unplaced> unplaced) {

    public ImportResult {
        Objects.requireNonNull(disclosure, "disclosure");
        places = Map.copyOf(places);
        unplaced = List.copyOf(unplaced);
    }

    /** Text or cells the importer found and could not put anywhere in the model. */
    public record Unplaced(String where, String text, String reason) {}

    /** The place of the value at the pointer, or of the nearest enclosing value that has one. */
    public String placeOf(String pointer) {
        String p = pointer;
        while (true) {
            String place = places.get(p);
            if (place != null) {
                return place;
            }
            if (p.isEmpty()) {
                return null;
            }
            p = p.substring(0, p.lastIndexOf('/'));
        }
    }
}
