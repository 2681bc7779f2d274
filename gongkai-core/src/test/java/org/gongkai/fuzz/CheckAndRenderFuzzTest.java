package org.gongkai.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * The rules and every published format over documents the reader accepted (issue 14): a real
 * disclosure edited by the fuzzer's bytes is read, checked and rendered as HTML, XLSX and open data,
 * and in a second target as PDF; nothing but the reader's own problem may be thrown.
 */
class CheckAndRenderFuzzTest {

    @FuzzTest(maxDuration = "5m")
    void checkAndRender(byte[] data) {
        CheckAndRender.htmlXlsxOpenData(data);
    }

    @FuzzTest(maxDuration = "5m")
    void renderPdf(byte[] data) {
        CheckAndRender.pdf(data);
    }
}
