package org.gongkai.importing.pdf;

import java.util.Optional;
import org.gongkai.importing.TemplateFamilies;
import org.gongkai.model.Column;
import org.gongkai.model.TableKind;
import org.gongkai.model.profile.TemplateProfile;

/** The profile a PDF is read with, and the families that know its titles and labels. */
record Template(TemplateFamilies families, TemplateProfile profile) {

    Optional<TableKind> tableKind(String printedTitle) {
        return families.tableKind(printedTitle, profile);
    }

    Optional<Column> column(String label) {
        return families.column(label, profile);
    }
}
