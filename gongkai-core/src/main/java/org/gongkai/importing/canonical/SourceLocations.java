package org.gongkai.importing.canonical;

import java.util.HashMap;
import java.util.Map;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.ObjectMapper;

/** Where each value of a canonical file stands (line and column), by JSON pointer. */
final class SourceLocations {

    private final Map<String, int[]> byPointer = new HashMap<>();

    private SourceLocations() {}

    static SourceLocations scan(ObjectMapper mapper, String content) {
        SourceLocations locations = new SourceLocations();
        try (JsonParser p = mapper.createParser(content)) {
            JsonToken t;
            while ((t = p.nextToken()) != null) {
                if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
                    continue;
                }
                String pointer = p.streamReadContext().pathAsPointer().toString();
                if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
                    // the container's own place is that of its first token, kept if the key was not seen
                    pointer = p.streamReadContext().getParent() == null
                            ? "" : p.streamReadContext().getParent().pathAsPointer().toString();
                }
                TokenStreamLocation loc = p.currentTokenLocation();
                locations.byPointer.putIfAbsent(pointer, new int[] {loc.getLineNr(), loc.getColumnNr()});
            }
        }
        return locations;
    }

    /** The line and column of the value at the pointer, or of its nearest enclosing value. */
    int[] at(String pointer) {
        String p = pointer == null ? "" : pointer;
        while (true) {
            int[] loc = byPointer.get(p);
            if (loc != null) {
                return loc;
            }
            if (p.isEmpty()) {
                return new int[] {0, 0};
            }
            p = p.substring(0, p.lastIndexOf('/'));
        }
    }
}
