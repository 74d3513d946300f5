package org.clearinghouse.platform.web.faces;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PaintFirstScriptsWriterTest {

    @Test
    void theCspEventHandlersWaitForTheDeferredScripts() {
        String handlers = "PrimeFaces.csp.register('f:b','onclick',function(event){go()});";

        assertThat(PaintFirstScriptsWriter.paintFirst(handlers))
                .isEqualTo("document.addEventListener(\"DOMContentLoaded\",function(){" + handlers + "});");
    }

    @Test
    void theWidgetsAreMadeAfterTheFirstPaint() {
        String widgets =
                "document.addEventListener(\"DOMContentLoaded\", function() {var pf=window.PrimeFaces;pf.cw(\"X\");});";

        assertThat(PaintFirstScriptsWriter.paintFirst(widgets))
                .isEqualTo("document.addEventListener(\"DOMContentLoaded\", function() {"
                        + "requestAnimationFrame(function(){setTimeout(function(){"
                        + "var pf=window.PrimeFaces;pf.cw(\"X\");"
                        + "},0)});});");
    }

    @Test
    void anyOtherScriptIsLeftAsItIs() {
        String other = "window.x = 1; PrimeFaces.csp.register('a','onclick',function(){});";

        assertThat(PaintFirstScriptsWriter.paintFirst(other)).isSameAs(other);
        assertThat(PaintFirstScriptsWriter.paintFirst("")).isEmpty();
    }
}
