package org.clearinghouse.shared.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Text a spreadsheet would run as a formula is shown instead; all other text is left alone. */
class SpreadsheetTextTest {

    @ParameterizedTest
    @ValueSource(strings = {"=HYPERLINK(\"http://x\",\"y\")", "+1+1", "-2*3", "@SUM(A1)", "\tcmd", "\rcmd"})
    void aFormulaGetsAnApostropheInFront(String text) {
        assertThat(SpreadsheetText.neutralised(text)).isEqualTo("'" + text);
    }

    @Test
    void otherTextIsLeftAsItIs() {
        assertThat(SpreadsheetText.neutralised("Marking machines for Niger")).isEqualTo("Marking machines for Niger");
        assertThat(SpreadsheetText.neutralised("a = b")).isEqualTo("a = b");
        assertThat(SpreadsheetText.neutralised("")).isEmpty();
        assertThat(SpreadsheetText.neutralised(null)).isNull();
    }
}
