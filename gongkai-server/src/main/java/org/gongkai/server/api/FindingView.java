package org.gongkai.server.api;

import java.util.Locale;
import java.util.Set;
import org.gongkai.validation.Finding;
import org.gongkai.workflow.Workflow;

/** A finding as the API shows it, with whether the preparer has acknowledged it. */
public record FindingView(String rule, String category, String severity, String path, String subject,
        String message, String messageEn, String expected, String actual, String difference, boolean acknowledged) {
    static FindingView of(Finding f, Set<String> acknowledged) {
        return new FindingView(f.rule(), f.category().name().toLowerCase(Locale.ROOT),
                f.severity().name().toLowerCase(Locale.ROOT), f.path(), f.subject(), f.message(), f.messageEn(),
                text(f.expected()), text(f.actual()), text(f.difference()),
                acknowledged.contains(Workflow.key(f.rule(), f.path())));
    }

    private static String text(org.gongkai.model.Amount a) {
        return a == null ? null : a.value().toPlainString() + " " + a.unit().symbol();
    }
}
