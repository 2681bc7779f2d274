package org.gongkai.validation;

/** How much a finding matters: errors block submission, warnings must be acknowledged. */
public enum Severity {
    ERROR,
    WARNING,
    INFO
}
