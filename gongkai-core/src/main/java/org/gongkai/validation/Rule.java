package org.gongkai.validation;

import java.util.List;
import org.gongkai.model.Disclosure;

/**
 * A named check of a disclosure: a stable id, its family, default severity, the basis it rests
 * on, and a check that returns findings and never throws.
 */
public interface Rule {

    String id();

    Category category();

    Severity severity();

    /** The regulation or practice the rule rests on. */
    String basis();

    /** What the rule holds the document to, in Chinese. */
    String statement();

    /** What the rule holds the document to, in English. */
    String statementEn();

    List<Finding> check(Disclosure disclosure, CheckContext context);
}
