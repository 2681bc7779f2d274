package org.gongkai.validation.rules.arithmetic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.gongkai.importing.canonical.ProfileLibrary;
import org.gongkai.model.Disclosure;
import org.gongkai.testing.Documents;
import org.gongkai.validation.CheckContext;
import org.gongkai.validation.Finding;
import org.gongkai.validation.Severity;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** 政府采购 against 货物 + 工程 + 服务, in 万元 each rounded: the Shanghai budget's figures, its services changed. */
class ProcurementSplitAddsUpTest {

    @ParameterizedTest(name = "services {0}: {1}")
    @CsvSource({
        "1665.53, NONE",     // 42.50 + 0.00 + 1665.53 = 1708.03: agrees
        "1665.54, INFO",     // 0.01 万元 off: within four half-digits, the rounding of four printed figures
        "1665.55, INFO",     // 0.02 万元: still within 4 × 0.005
        "1665.56, ERROR",    // 0.03 万元: more than rounding can make
        "1600.00, ERROR"})
    void aDifferenceWithinTheRoundingOfTheStatedFiguresIsAHint(String services, String expected) {
        Disclosure d = Documents.read(Documents.edit(Documents.CZJ, "/procurement/services = " + services));
        List<Finding> found = new ProcurementSplitAddsUp().check(d, new CheckContext(
                ProfileLibrary.standard().orNull(d.document().profile()), CheckContext.DEFAULT_CROSS_UNIT_TOLERANCE, java.util.Map.of()))
                .stream().filter(f -> f.path().equals("/procurement/total/amount")).toList();
        if (expected.equals("NONE")) {
            assertThat(found).isEmpty();
        } else {
            assertThat(found).singleElement().extracting(Finding::severity).isEqualTo(Severity.valueOf(expected));
        }
    }
}
