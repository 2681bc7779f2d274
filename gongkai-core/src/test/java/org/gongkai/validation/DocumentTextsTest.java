package org.gongkai.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.gongkai.model.Disclosure;
import org.gongkai.testing.Documents;
import org.gongkai.testing.Examples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The written-out walk a check uses finds exactly what the reflective walk of the model finds: on the
 * real documents, and on a synthetic one with every field set, so that a field the written-out walk
 * forgets shows even when no real document fills it.
 */
class DocumentTextsTest {

    private static Disclosure document(String which) {
        return switch (which) {
            case "seed" -> Documents.read(Documents.SEED);
            case "seed-corrected" -> Documents.read(Documents.SEED_CORRECTED);
            case "czj" -> Documents.read(Documents.CZJ);
            case "final" -> Documents.read(Documents.FINAL);
            default -> Documents.read(Examples.resource("/shanghai/putuo-wanli-2024.yaml"));
        };
    }

    private static List<String> spelled(List<? extends ModelWalk.At<?>> found) {
        return found.stream().map(a -> a.pointer() + " | " + a.field() + " | " + a.value()).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"seed", "seed-corrected", "czj", "putuo", "final"})
    void findsEveryTextAndFigureTheModelHas(String which) {
        Disclosure d = document(which);
        ModelWalk.Walked reflective = ModelWalk.walk(d);
        ModelWalk.Walked written = DocumentTexts.of(d);
        assertThat(spelled(written.texts())).containsExactlyElementsOf(spelled(reflective.texts()));
        assertThat(spelled(written.figures())).containsExactlyElementsOf(spelled(reflective.figures()));
        assertThat(written.texts()).hasSizeGreaterThan(100);
    }

    @Test
    void findsEveryTextAndFigureOfADocumentWithEveryFieldSet() {
        Disclosure d = FullyPopulatedDocument.build();
        ModelWalk.Walked reflective = ModelWalk.walk(d);
        ModelWalk.Walked written = DocumentTexts.of(d);
        assertThat(spelled(written.texts())).containsExactlyElementsOf(spelled(reflective.texts()));
        assertThat(spelled(written.figures())).containsExactlyElementsOf(spelled(reflective.figures()));
        assertThat(reflective.figures()).as("figures of the synthetic document").isNotEmpty();
    }
}
