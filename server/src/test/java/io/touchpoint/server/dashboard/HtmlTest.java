package io.touchpoint.server.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import io.touchpoint.server.TouchpointServer;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HtmlTest {

    @Test
    void escapesEveryCharacterThatCouldOpenMarkupOrEndAnAttribute() {
        assertThat(Html.escape("<a href=\"x\" onclick='y'>&</a>"))
                .isEqualTo("&lt;a href=&quot;x&quot; onclick=&#39;y&#39;&gt;&amp;&lt;/a&gt;");
        assertThat(Html.escape(null)).isEmpty();
    }

    @Test
    void jsonForAScriptElementCannotCloseTheScript() {
        String json = Html.jsonForScript(TouchpointServer.jsonMapper(), Map.of("text", "</script><script>alert(1)"));
        assertThat(json).doesNotContain("</script>").doesNotContain("<").contains("\\u003c/script\\u003e");
    }

    @Test
    void searchSnippetsKeepOnlyTheStoresMarks() {
        assertThat(Html.snippet("a <mark>late</mark> fee <img src=x>"))
                .isEqualTo("a <mark>late</mark> fee &lt;img src=x&gt;");
    }

    @Test
    void signInOnlyEverSendsUsersToALocalPage() {
        assertThat(Dashboard.safeNext("/interactions/c-1?x=1")).isEqualTo("/interactions/c-1?x=1");
        assertThat(Dashboard.safeNext("//evil.example")).isEqualTo("/");
        assertThat(Dashboard.safeNext("https://evil.example")).isEqualTo("/");
        assertThat(Dashboard.safeNext("/\\evil.example")).isEqualTo("/");
        assertThat(Dashboard.safeNext(null)).isEqualTo("/");
    }

    @Test
    void taxonomyTreeNestsPathsAndGivesLeavesTheirCounts() {
        var tree = AnalyticsPages.tree(java.util.List.of(new DashboardQueries.CategoryCount("Billing/Late fee", 5),
                new DashboardQueries.CategoryCount("Billing", 7), new DashboardQueries.CategoryCount("Outage", 2)));
        assertThat(tree).hasSize(2);
        assertThat(tree.get(0)).containsEntry("name", "Billing").doesNotContainKey("value");
        assertThat(tree.get(0).get("children").toString()).contains("path=Billing/Late fee").contains("value=5");
        assertThat(tree.get(1)).containsEntry("value", 2L);
    }
}
