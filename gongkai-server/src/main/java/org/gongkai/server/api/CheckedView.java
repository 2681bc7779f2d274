package org.gongkai.server.api;

import java.util.List;
import java.util.Set;
import org.gongkai.validation.Finding;
import org.gongkai.workflow.Workflow;

/** A disclosure after a save or a check, with the counts and the list of what the rule catalogue found. */
public record CheckedView(Workflow.DisclosureView disclosure, long errors, long warnings, long infos,
        List<FindingView> findings) {
    static CheckedView of(Workflow.Checked c) {
        return of(c.disclosure(), c.findings(), c.acknowledged());
    }

    static CheckedView of(Workflow.DisclosureView d, List<Finding> findings, Set<String> acknowledged) {
        return new CheckedView(d, count(findings, "ERROR"), count(findings, "WARNING"), count(findings, "INFO"),
                findings.stream().map(f -> FindingView.of(f, acknowledged)).toList());
    }

    private static long count(List<Finding> findings, String severity) {
        return findings.stream().filter(f -> f.severity().name().equals(severity)).count();
    }
}
