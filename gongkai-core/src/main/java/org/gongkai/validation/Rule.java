package org.gongkai.validation;

import java.util.List;
import org.gongkai.model.Disclosure;

/**
 * A named check of a disclosure: its {@link RuleInfo} and a check that returns findings and never
 * throws. A rule that cannot check (the data it needs is not in the document) says so with an info
 * finding instead of passing silently.
 */
public interface Rule {

    RuleInfo info();

    List<Finding> check(Disclosure disclosure, CheckContext context);

    default String id() {
        return info().id();
    }
}
