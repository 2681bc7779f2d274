package org.gongkai.workflow;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.gongkai.importing.canonical.CanonicalCodec;
import org.gongkai.importing.canonical.CanonicalFormat;
import org.gongkai.lifecycle.Actor;
import org.gongkai.lifecycle.Departments;
import org.gongkai.lifecycle.Disclosures;
import org.gongkai.lifecycle.Lifecycle;
import org.gongkai.lifecycle.StoredVersion;
import org.gongkai.lifecycle.Transactions;
import org.gongkai.lifecycle.WorkflowException;
import org.gongkai.model.Disclosure;
import org.gongkai.validation.Finding;
import org.gongkai.workflow.Workflow.DisclosureView;
import org.gongkai.workflow.Workflow.Rendered;

/**
 * What the disclosure use cases share: the repositories they work through, the access gates, the
 * codec and the rule catalogue, the renderer and the clock. Every write goes through
 * {@link Disclosures}, so that there is one way to write each table.
 */
abstract class UseCase {

    final Transactions transactions;
    final Disclosures disclosures;
    final Departments departments;
    final DisclosureViews views;
    final Gates gates;
    final Steps steps;
    final CanonicalCodec codec;
    final Function<Disclosure, List<Finding>> checks;
    final Function<Disclosure, List<Rendered>> renderer;
    final Clock clock;

    UseCase(Repositories repositories, CanonicalCodec codec, Function<Disclosure, List<Finding>> checks,
            Function<Disclosure, List<Rendered>> renderer, Clock clock) {
        this.transactions = repositories.transactions();
        this.disclosures = repositories.disclosures();
        this.departments = repositories.departments();
        this.views = repositories.views();
        this.gates = new Gates(repositories.placements(), disclosures);
        this.codec = Objects.requireNonNull(codec, "codec");
        this.checks = Objects.requireNonNull(checks, "checks");
        this.renderer = Objects.requireNonNull(renderer, "renderer");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.steps = new Steps(disclosures, codec, checks);
    }

    Disclosure bind(String json, String name) {
        if (json == null || json.isBlank()) {
            throw WorkflowException.invalid("/", "the request has no disclosure (缺少公开文档)");
        }
        return codec.read(json, name, CanonicalFormat.JSON);
    }

    LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), Workflow.ZONE);
    }

    /** The department of a key, or the refusal of a request naming one that does not exist. */
    long department(String key) {
        return departments.idOf(key).orElseThrow(() -> WorkflowException.invalid("/department", "no department " + key));
    }

    /** Writes a step of the lifecycle: see {@link Steps}. */
    void record(StoredVersion head, Lifecycle.Transition step, Actor actor) {
        steps.record(head, step, actor);
    }

    /** The disclosure as its latest version presents it. */
    DisclosureView view(long id) {
        return views.of(disclosures.latest(id));
    }

    /** New content with what the rule catalogue finds in it. */
    Disclosures.Revision revision(Disclosure disclosure) {
        return new Disclosures.Revision(codec.write(disclosure, CanonicalFormat.JSON), checks.apply(disclosure));
    }
}
