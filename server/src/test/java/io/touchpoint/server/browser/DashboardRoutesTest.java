package io.touchpoint.server.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.touchpoint.core.analysis.Finding;
import io.touchpoint.core.model.Interaction;
import io.touchpoint.server.ApiClient;
import io.touchpoint.server.TestContactCenter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The dashboard's page routes over plain HTTP: who may open what, and what the pages contain. */
class DashboardRoutesTest {

    @TempDir
    static Path dir;
    static TestContactCenter center;
    static String agentId;

    @BeforeAll
    static void start() throws Exception {
        center = TestContactCenter.start(dir, 200);
        agentId = center.clientFor("agent").get("/api/me").json().get("agentId").asText();
    }

    @AfterAll
    static void stop() {
        center.close();
    }

    /** The first interaction (by id) matching {@code where}, over the interactions table {@code i}. */
    private static String interactionWhere(String where, Object... values) throws Exception {
        return first("i.id", where, values);
    }

    private static String first(String column, String where, Object... values) throws Exception {
        try (Connection connection = center.store().openReader();
                PreparedStatement query = connection.prepareStatement(
                        "SELECT " + column + " FROM interactions i WHERE " + where + " ORDER BY i.id LIMIT 1")) {
            for (int i = 0; i < values.length; i++) {
                query.setObject(i + 1, values[i]);
            }
            try (ResultSet rows = query.executeQuery()) {
                assertThat(rows.next()).as("an interaction where " + where).isTrue();
                return rows.getString(1);
            }
        }
    }

    @Test
    void signedOutVisitorIsSentToSignInWithTheirPageAsNext() {
        ApiClient.Response response = center.anonymousClient().get("/overview");
        assertThat(response.status()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).hasValue("/login?next=%2Foverview");
        ApiClient.Response login = center.anonymousClient().get("/login?next=%2Foverview");
        assertThat(login.status()).isEqualTo(200);
        assertThat(login.body()).contains("<form class=\"login card\"").contains("name=\"next\" value=\"/overview\"");
    }

    @Test
    void signInPageEscapesAndRefusesAForeignNext() {
        ApiClient.Response login = center.anonymousClient().get("/login?next=%22%3E%3Cscript%3Ealert(1)%3C/script%3E");
        assertThat(login.body()).doesNotContain("<script>alert").contains("name=\"next\" value=\"/\"");
        assertThat(center.anonymousClient().get("/login?next=//evil.example").body()).contains("name=\"next\" value=\"/\"");
    }

    @Test
    void agentOpeningAnotherAgentsInteractionGets403Page() throws Exception {
        String other = interactionWhere("i.agent_id IS NOT NULL AND i.agent_id <> ?", agentId);
        ApiClient.Response response = center.clientFor("agent").get("/interactions/" + other);
        assertThat(response.status()).isEqualTo(403);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(response.body()).contains("Not allowed").contains("outside your own interactions");
    }

    @Test
    void agentOpensTheirOwnInteractionWithTranscript() throws Exception {
        String own = interactionWhere("i.agent_id = ? AND i.turn_count > 1", agentId);
        ApiClient.Response response = center.clientFor("agent").get("/interactions/" + own);
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body()).contains("<ol class=\"transcript\">").contains("data-turn=\"1\"");
        assertThat(center.store().audit().read(io.touchpoint.store.AuditQuery.latest(50).byActor("agent")))
                .anySatisfy(entry -> assertThat(entry.target()).isEqualTo("interaction:" + own));
    }

    @Test
    void auditorCannotOpenTheOverviewButReadsTheAuditLog() {
        ApiClient auditor = center.clientFor("auditor");
        ApiClient.Response overview = auditor.get("/overview");
        assertThat(overview.status()).isEqualTo(403);
        assertThat(overview.body()).contains("Not allowed");
        ApiClient.Response audit = auditor.get("/audit");
        assertThat(audit.status()).isEqualTo(200);
        assertThat(audit.body()).contains("id=\"audit-table\"").contains("auth.login");
        assertThat(auditor.get("/").headers().firstValue("Location")).hasValue("/audit");
    }

    @Test
    void navigationShowsOnlyTheSectionsTheRoleMayOpen() {
        String agentPage = center.clientFor("agent").get("/interactions").body();
        assertThat(agentPage).contains("data-section=\"interactions\"").contains("data-section=\"agents\"")
                .doesNotContain("data-section=\"overview\"").doesNotContain("data-section=\"audit\"")
                .doesNotContain("data-section=\"alerts\"");
        String auditorPage = center.clientFor("auditor").get("/audit").body();
        assertThat(auditorPage).contains("data-section=\"audit\"").doesNotContain("data-section=\"interactions\"");
        String analystPage = center.clientFor("analyst").get("/overview").body();
        assertThat(analystPage).contains("data-section=\"overview\"").contains("data-section=\"processes\"")
                .doesNotContain("data-section=\"audit\"");
    }

    @Test
    void agentListAndScorecardStayWithinTheAgentsOwnData() throws Exception {
        ApiClient agent = center.clientFor("agent");
        ApiClient.Response list = agent.get("/agents");
        assertThat(list.status()).isEqualTo(302);
        assertThat(list.headers().firstValue("Location")).hasValue("/agents/" + agentId);
        assertThat(agent.get("/agents/" + agentId).body()).contains("id=\"scorecard\"");
        String otherAgent = interactionWhere("i.agent_id IS NOT NULL AND i.agent_id <> ?", agentId);
        String other = center.store().interaction(otherAgent).orElseThrow().agentId();
        assertThat(agent.get("/agents/" + other).status()).isEqualTo(403);
        String rows = agent.get("/ui/interactions").body();
        assertThat(rows).contains("<tr>").doesNotContain("<td>" + other + "</td>");
    }

    @Test
    void interactionPageHighlightsTheEvidenceOfItsContactReason() throws Exception {
        String id = interactionWhere("EXISTS (SELECT 1 FROM findings f WHERE f.interaction_id = i.id"
                + " AND f.type = 'category' AND f.char_end > f.char_start AND f.turn_index >= 0)");
        Interaction interaction = center.store().interaction(id).orElseThrow();
        Finding reason = center.store().findings(id).stream().filter(f -> f.type().equals("category"))
                .filter(f -> f.evidence().stream().anyMatch(e -> e.charEnd() > e.charStart())).findFirst().orElseThrow();
        var evidence = reason.evidence().stream().filter(e -> e.charEnd() > e.charStart()).findFirst().orElseThrow();
        String quote = interaction.turns().get(evidence.turnIndex()).text().substring(evidence.charStart(), evidence.charEnd());
        String page = center.clientFor("analyst").get("/interactions/" + id).body();
        assertThat(page).contains("hl-category").contains("category: " + reason.name())
                .contains("class=\"evidence-link\">" + reason.name().replace("&", "&amp;") + "</a>");
        // The quoted words sit inside a mark (possibly cut by other overlapping findings).
        String firstWord = quote.split("\\s+")[0];
        assertThat(page).containsPattern("<mark class=\"hl [^\"]*hl-category[^>]*>[^<]*" + java.util.regex.Pattern.quote(
                firstWord.replace("&", "&amp;").replace("'", "&#39;")));
    }

    @Test
    void supervisorCountsOnlyTheirTeamsInTheTaxonomyAndList() {
        String analyst = center.clientFor("analyst").get("/ui/interactions").body();
        String supervisor = center.clientFor("supervisor").get("/ui/interactions").body();
        long all = Long.parseLong(analyst.replaceAll("(?s).*?<p class=\"muted\">([0-9,]+) interactions.*", "$1").replace(",", ""));
        long team = Long.parseLong(supervisor.replaceAll("(?s).*?<p class=\"muted\">([0-9,]+) interactions.*", "$1").replace(",", ""));
        assertThat(all).isEqualTo(center.store().stats().interactions());
        assertThat(team).isPositive().isLessThan(all);
        assertThat(center.clientFor("supervisor").get("/taxonomy").body()).contains("id=\"taxonomy-table\"");
    }

    @Test
    void everyAnalystPageRendersWithItsData() {
        ApiClient analyst = center.clientFor("analyst");
        for (String page : List.of("/overview", "/taxonomy", "/interactions", "/search?q=bill", "/agents", "/trends",
                "/opportunities", "/processes", "/alerts", "/customers")) {
            ApiClient.Response response = analyst.get(page);
            assertThat(response.status()).as(page).isEqualTo(200);
            assertThat(response.body()).as(page).contains("<main>").doesNotContain("Something went wrong");
        }
        assertThat(analyst.get("/overview").body()).contains("id=\"overview-data\"").contains("data-chart=\"lines\"");
        assertThat(analyst.get("/processes").body()).contains("id=\"process-table\"");
        assertThat(analyst.get("/opportunities").body()).contains("id=\"opportunity-table\"");
        assertThat(analyst.get("/search?q=bill").body()).contains("matching turns").contains("<mark>");
        assertThat(analyst.get("/ui/overview?by=month&group=queue").body()).contains("by queue");
    }

    @Test
    void journeyShowsTheCustomersInteractionsAcrossChannels() throws Exception {
        String key = first("i.resolved_customer_id", "i.resolved_customer_id IS NOT NULL");
        ApiClient.Response response = center.clientFor("analyst").get("/customers/" + key);
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body()).contains("<ol class=\"journey\">").contains("href=\"/interactions/");
        assertThat(center.clientFor("analyst").get("/customers/no-such-customer-xyz").status()).isEqualTo(404);
    }

    @Test
    void unknownInteractionIsA404Page() {
        ApiClient.Response response = center.clientFor("analyst").get("/interactions/no-such-id");
        assertThat(response.status()).isEqualTo(404);
        assertThat(response.body()).contains("Not found").contains("no-such-id");
    }
}
