package org.gongkai.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Every reader over any bytes (issue 14): it reads them, and the rules check what it read, or it
 * refuses them with one problem naming the file; no other exception, no hang, bounded memory.
 * In the ordinary build each target runs over its kept inputs (ReadersFuzzTestInputs/…: the seed
 * corpus and every input that once crashed it); {@code JAZZER_FUZZ=1} fuzzes one target, and
 * tools/fuzz runs the long campaign.
 */
class ReadersFuzzTest {

    @FuzzTest(maxDuration = "5m")
    void pdf(byte[] data) {
        FuzzTargets.pdf(data);
    }

    @FuzzTest(maxDuration = "5m")
    void xlsx(byte[] data) {
        FuzzTargets.xlsx(data);
    }

    @FuzzTest(maxDuration = "5m")
    void text(byte[] data) {
        FuzzTargets.text(data);
    }

    @FuzzTest(maxDuration = "5m")
    void yaml(byte[] data) {
        FuzzTargets.yaml(data);
    }

    @FuzzTest(maxDuration = "5m")
    void json(byte[] data) {
        FuzzTargets.json(data);
    }
}
