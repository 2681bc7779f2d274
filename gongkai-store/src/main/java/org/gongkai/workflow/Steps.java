package org.gongkai.workflow;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.gongkai.importing.canonical.CanonicalCodec;
import org.gongkai.importing.canonical.CanonicalFormat;
import org.gongkai.lifecycle.Actor;
import org.gongkai.lifecycle.Disclosures;
import org.gongkai.lifecycle.DocumentDates;
import org.gongkai.lifecycle.Lifecycle;
import org.gongkai.lifecycle.StoredVersion;
import org.gongkai.model.Disclosure;
import org.gongkai.validation.Finding;

/**
 * Records a step of the lifecycle through {@link Disclosures}: a step that sets the approval date
 * writes it into the version's content too, since the document is the one place for its dates.
 */
final class Steps {

    private final Disclosures disclosures;
    private final CanonicalCodec codec;
    private final Function<Disclosure, List<Finding>> checks;

    Steps(Disclosures disclosures, CanonicalCodec codec, Function<Disclosure, List<Finding>> checks) {
        this.disclosures = Objects.requireNonNull(disclosures, "disclosures");
        this.codec = Objects.requireNonNull(codec, "codec");
        this.checks = Objects.requireNonNull(checks, "checks");
    }

    void record(StoredVersion head, Lifecycle.Transition step, Actor actor) {
        Lifecycle after = step.after();
        if (after.approvedOn() != null && !after.approvedOn().equals(head.approvedOn())) {
            Disclosure dated = DocumentDates.stamp(head.disclosure(codec), after);
            disclosures.record(head, step,
                    new Disclosures.Revision(codec.write(dated, CanonicalFormat.JSON), checks.apply(dated)), actor);
            return;
        }
        disclosures.record(head, step, null, actor);
    }
}
