package org.gongkai.validation;

/** The languages reports speak: Chinese first, English available. */
public enum Language {
    ZH,
    EN
}
