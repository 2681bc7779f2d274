package org.gongkai.store;

import org.gongkai.model.Disclosure;

/** One version as stored: its facts, its canonical JSON and the disclosure bound from it. */
public record StoredDisclosure(VersionInfo info, String canonicalJson, Disclosure disclosure) {
}
