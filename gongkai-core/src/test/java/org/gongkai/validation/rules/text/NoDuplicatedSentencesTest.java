package org.gongkai.validation.rules.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gongkai.model.Disclosure;
import org.gongkai.testing.Documents;
import org.gongkai.testing.Examples;
import org.gongkai.validation.CheckContext;
import org.gongkai.validation.Finding;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The rule finds on the real documents exactly the sentences a plain reading finds: each text split at
 * 。；;！？ and line ends, a list number taken off, white space taken out where the sentence has any, and a
 * sentence of 20 characters or more seen a second time in another text.
 */
class NoDuplicatedSentencesTest {

    private static final Set<String> NOT_PROSE = Set.of(
            "duties", "duty", "name", "term", "note", "title", "level1", "level2", "description", "basis");

    @ParameterizedTest
    @ValueSource(strings = {"seed", "czj", "putuo", "final"})
    void findsWhatAPlainReadingFinds(String which) {
        Disclosure d = switch (which) {
            case "seed" -> Documents.read(Documents.SEED);
            case "czj" -> Documents.read(Documents.CZJ);
            case "final" -> Documents.read(Documents.FINAL);
            default -> Documents.read(Examples.resource("/shanghai/putuo-wanli-2024.yaml"));
        };
        List<String> expected = new ArrayList<>();
        Map<String, Texts.Prose> first = new HashMap<>();
        for (Texts.Prose at : Texts.prose(d, CheckContext.of(null))) {
            if (at.text().length() < 20 || NOT_PROSE.contains(at.field())) {
                continue;
            }
            for (String sentence : at.text().split("[。；;！？\n]", -1)) {
                String s = sentence.replaceFirst("^[0-9一二三四五六七八九十]+[、.．]", "");
                if (s.chars().anyMatch(c -> c <= ' ' || c == '\u3000')) {
                    s = s.codePoints().filter(c -> !Character.isWhitespace(c))
                            .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
                }
                if (s.length() < 20) {
                    continue;
                }
                Texts.Prose before = first.putIfAbsent(s, at);
                if (before != null && before != at) {
                    expected.add(at.pointer() + " " + s + " " + before.pointer());
                }
            }
        }
        List<Finding> found = new NoDuplicatedSentences().check(d, CheckContext.of(null));
        assertThat(found.stream().map(f -> f.path() + " " + f.subject() + " " + f.message().substring(f.message().lastIndexOf("已在 ") + 3,
                f.message().length() - 3)).toList()).containsExactlyElementsOf(expected);
        if (!which.equals("czj")) {
            assertThat(found).as("the documents repeat sentences").isNotEmpty();
        }
    }
}
