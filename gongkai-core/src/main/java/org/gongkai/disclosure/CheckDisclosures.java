package org.gongkai.disclosure;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import org.gongkai.importing.UnusableInputException;
import org.gongkai.importing.canonical.CanonicalCodec;
import org.gongkai.model.Disclosure;
import org.gongkai.validation.Finding;

/**
 * The use case behind {@code gongkai validate} and the server's validate endpoint: read a file,
 * and if it can be read, check it.
 */
public final class CheckDisclosures {

    private final CanonicalCodec codec;
    private final Function<Disclosure, List<Finding>> checks;

    public CheckDisclosures(CanonicalCodec codec, Function<Disclosure, List<Finding>> checks) {
        this.codec = codec;
        this.checks = checks;
    }

    public DocumentResult check(Path file) {
        Disclosure disclosure;
        try {
            disclosure = codec.read(file);
        } catch (UnusableInputException e) {
            return DocumentResult.unusable(file.toString(), e.problems());
        }
        return DocumentResult.checked(file.toString(), disclosure, checks.apply(disclosure));
    }

    public List<DocumentResult> check(List<Path> files) {
        return files.stream().map(this::check).toList();
    }
}
