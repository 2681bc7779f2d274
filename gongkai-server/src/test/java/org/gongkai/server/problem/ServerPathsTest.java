package org.gongkai.server.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

class ServerPathsTest {

    private static final String TMP = Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath().toString();

    @Test
    void aProblemNamesTheCallersFileNotWhereTheServerKeptIt() {
        String detail = "cannot read " + TMP + "/gongkai-upload81234/budget.pdf: page 3 is damaged";
        var p = ProblemDetails.problem(HttpStatus.UNPROCESSABLE_CONTENT, "unusable-input", "t", detail);
        assertThat(p.getDetail()).isEqualTo("cannot read budget.pdf: page 3 is damaged").doesNotContain(TMP);
    }

    @Test
    void fileUrisAndTheWorkingAndHomeFoldersAreHiddenToo() {
        String home = Path.of(System.getProperty("user.home")).toAbsolutePath().toString();
        String work = Path.of(System.getProperty("user.dir")).toAbsolutePath().toString();
        String text = "in file://" + TMP + "/x/a.xlsx, " + work + "/data/gongkai.mv.db and \"" + home + "/rules.txt\"";
        assertThat(ServerPaths.hide(text)).isEqualTo("in a.xlsx, gongkai.mv.db and \"rules.txt\"");
    }

    @Test
    void textWithoutServerPathsIsLeftAsItIs() {
        String text = "/budget/income/0/amount: 12.5 is not a number; see 310000/czj";
        assertThat(ServerPaths.hide(text)).isEqualTo(text);
    }
}
