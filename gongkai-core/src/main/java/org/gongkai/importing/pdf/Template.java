package org.gongkai.importing.pdf;

import java.util.Optional;
import org.gongkai.model.Column;
import org.gongkai.model.TableKind;
import org.gongkai.model.profile.TemplateProfile;

/** The profile a PDF is read with, and the families that know its titles and labels. */
record Template(TemplateFamilies families, TemplateProfile profile) {

    Optional<TableKind> tableKind(String printedTitle) {
        return families.tableKind(printedTitle, profile);
    }

    /** The labels of a stated fact: the family's own, then the generic profile's. */
    java.util.List<String> phrases(String fact) {
        java.util.List<String> all = new java.util.ArrayList<>(profile.phrases(fact));
        all.addAll(families.generic().phrases(fact));
        return all;
    }

    Optional<Column> column(String label) {
        return families.column(label, profile);
    }
}
