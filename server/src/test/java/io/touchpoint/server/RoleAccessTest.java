package io.touchpoint.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.router.ParsedEndpoint;
import io.javalin.security.Roles;
import io.javalin.security.RouteRole;
import io.touchpoint.server.auth.Permission;
import io.touchpoint.server.auth.Role;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What each role may see, over the real API: no endpoint returns data a role may not see. */
class RoleAccessTest {

    @TempDir
    static Path dir;
    static TestContactCenter center;
    static String ownAgent;
    static Set<String> teamAgents;
    static String ownInteraction;
    static String teamInteraction;
    static String otherTeamInteraction;
    static String otherTeamAgent;

    @BeforeAll
    static void start() throws Exception {
        center = TestContactCenter.start(dir, 200);
        ApiClient admin = center.clientFor("admin");
        ownAgent = center.clientFor("agent").get("/api/me").json().get("agentId").asText();
        String team = center.clientFor("supervisor").get("/api/me").json().get("teams").get(0).asText();
        teamAgents = new HashSet<>();
        for (JsonNode agent : admin.get("/api/agents").json()) {
            if (team.equals(agent.get("team").asText())) {
                teamAgents.add(agent.get("id").asText());
            } else if (otherTeamAgent == null && agent.get("interactions").asLong() > 0) {
                otherTeamAgent = agent.get("id").asText();
            }
        }
        for (JsonNode item : admin.get("/api/interactions?limit=500").json().get("items")) {
            String agent = item.path("agentId").asText(null);
            if (ownAgent.equals(agent) && ownInteraction == null) {
                ownInteraction = item.get("id").asText();
            } else if (agent != null && teamAgents.contains(agent) && !ownAgent.equals(agent) && teamInteraction == null) {
                teamInteraction = item.get("id").asText();
            } else if (agent != null && !teamAgents.contains(agent) && otherTeamInteraction == null) {
                otherTeamInteraction = item.get("id").asText();
            }
        }
        assertThat(List.of(ownInteraction, teamInteraction, otherTeamInteraction)).doesNotContainNull();
    }

    @AfterAll
    static void stop() {
        center.close();
    }

    // ------------------------------------------------------------------------------ every route, every role

    @Test
    void everyProtectedRouteRefusesAnonymousCallersAndRolesWithoutItsPermission() {
        String reviewItem = center.clientFor("admin").get("/api/reviews?limit=1").json().get(0).get("id").asText();
        List<String> checked = new ArrayList<>();
        for (ParsedEndpoint parsed : center.server().app().unsafe.internalRouter.allHttpHandlers()) {
            String path = parsed.endpoint.path;
            String method = parsed.endpoint.method.name();
            if (!path.startsWith("/api/") || !method.equals("GET")) {
                continue;
            }
            Roles roles = parsed.endpoint.metadata(Roles.class);
            Set<RouteRole> required = roles == null ? Set.of() : roles.getRoles();
            assertThat(required).as(path + " declares a permission").isNotEmpty();
            String url = path.replace("{id}", path.startsWith("/api/agents") ? ownAgent : ownInteraction)
                    .replace("{customerKey}", "C-000001").replace("{itemId}", reviewItem);
            if (path.endsWith("/stream") || path.endsWith("/assist")) {
                continue; // event streams: checked by the live tests
            }
            assertThat(center.anonymousClient().get(url).status()).as("anonymous " + url).isEqualTo(401);
            for (Role role : Role.values()) {
                boolean allowed = required.stream().anyMatch(r -> r instanceof Permission p && role.allows(p));
                int status = center.clientFor(role.id()).get(url).status();
                if (!allowed) {
                    assertThat(status).as(role.id() + " " + url).isEqualTo(403);
                } else {
                    assertThat(status).as(role.id() + " " + url).isNotIn(401, 500);
                }
            }
            checked.add(path);
        }
        assertThat(checked).hasSizeGreaterThan(15);
    }

    // ------------------------------------------------------------------------------ agent

    @Test
    void agentSeesOnlyTheirOwnInteractions() {
        ApiClient agent = center.clientFor("agent");
        JsonNode page = agent.get("/api/interactions?limit=500").json();
        assertThat(page.get("total").asLong()).isPositive();
        page.get("items").forEach(item -> assertThat(item.get("agentId").asText()).isEqualTo(ownAgent));
        assertThat(agent.get("/api/stats").json().get("interactions").asLong()).isEqualTo(page.get("total").asLong());
        assertThat(agent.get("/api/interactions/" + ownInteraction).status()).isEqualTo(200);
    }

    @Test
    void agentOpeningAnotherAgentsInteractionByUrlGets403AndTheAttemptIsAudited() {
        ApiClient.Response response = center.clientFor("agent").get("/api/interactions/" + teamInteraction);
        assertThat(response.status()).isEqualTo(403);
        assertThat(response.json().get("code").asText()).isEqualTo("forbidden");
        assertThat(response.body()).doesNotContain("\"turns\"");
        JsonNode audit = center.clientFor("auditor").get("/api/audit?actor=agent&action=interaction.denied").json();
        assertThat(audit.get("entries").findValuesAsText("target")).contains("interaction:" + teamInteraction);
    }

    @Test
    void agentCannotReachAnotherAgentThroughAnyDoor() {
        ApiClient agent = center.clientFor("agent");
        String other = teamAgents.stream().filter(id -> !id.equals(ownAgent)).findFirst().orElseThrow();
        assertThat(agent.get("/api/agents/" + other + "/desktop").status()).isEqualTo(403);
        assertThat(agent.get("/api/agents/" + other + "/scorecard").status()).isEqualTo(403);
        assertThat(agent.get("/api/interactions?agent=" + other).json().get("total").asLong()).isZero();
        assertThat(agent.get("/api/search?q=bill&agent=" + other).status()).isEqualTo(403);
        agent.get("/api/search?q=the&limit=200").json().get("hits")
                .forEach(hit -> assertThat(hit.get("agentId").asText()).isEqualTo(ownAgent));
        assertThat(agent.get("/api/agents/" + ownAgent + "/scorecard").status()).isEqualTo(200);
        assertThat(agent.get("/api/agents").json().findValuesAsText("id")).containsExactly(ownAgent);
    }

    // ------------------------------------------------------------------------------ supervisor

    @Test
    void supervisorSeesTheirTeamsInteractionsAndNumbersOnly() {
        ApiClient supervisor = center.clientFor("supervisor");
        supervisor.get("/api/interactions?limit=500").json().get("items")
                .forEach(item -> assertThat(teamAgents).contains(item.get("agentId").asText()));
        assertThat(supervisor.get("/api/interactions/" + teamInteraction).status()).isEqualTo(200);
        assertThat(supervisor.get("/api/interactions/" + otherTeamInteraction).status()).isEqualTo(403);
        supervisor.get("/api/kpis?by=agent").json().get("rows")
                .forEach(row -> assertThat(teamAgents).contains(row.get("dimensions").get("agent").asText()));
        assertThat(supervisor.get("/api/kpis?agent=" + otherTeamAgent).status()).isEqualTo(403);
        supervisor.get("/api/search?q=the&limit=200").json().get("hits")
                .forEach(hit -> assertThat(teamAgents).contains(hit.get("agentId").asText()));
        assertThat(supervisor.get("/api/agents/" + otherTeamAgent + "/desktop").status()).isEqualTo(403);
        assertThat(supervisor.get("/api/reports/processes").status()).isEqualTo(403);
        assertThat(supervisor.get("/api/churn").status()).isEqualTo(403);
    }

    @Test
    void journeysHideInteractionsOutsideTheScope() {
        ApiClient admin = center.clientFor("admin");
        ApiClient supervisor = center.clientFor("supervisor");
        for (var customer : center.simulated().customers()) {
            JsonNode all = admin.get("/api/journeys/" + customer.id()).json();
            ApiClient.Response scoped = supervisor.get("/api/journeys/" + customer.id());
            if (scoped.status() == 200 && scoped.json().get("hiddenInteractions").asInt() > 0) {
                scoped.json().get("interactions")
                        .forEach(item -> assertThat(teamAgents).contains(item.get("agentId").asText()));
                assertThat(scoped.json().get("interactions").size() + scoped.json().get("hiddenInteractions").asInt())
                        .isEqualTo(all.get("interactions").size());
                return;
            }
        }
        throw new AssertionError("no customer spans the supervisor's team and another");
    }

    @Test
    void reviewQueueIsScopedAndAReviewerCanConfirmAnItem() {
        ApiClient analyst = center.clientFor("analyst");
        JsonNode all = analyst.get("/api/reviews?status=open&limit=1000").json();
        assertThat(all.size()).as("open review items in the fixture").isPositive();
        JsonNode team = center.clientFor("supervisor").get("/api/reviews?limit=1000").json();
        team.forEach(item -> assertThat(teamAgents).contains(item.get("agentId").asText()));
        assertThat(center.clientFor("agent").get("/api/reviews").status()).isEqualTo(403);
        JsonNode outside = null;
        for (JsonNode item : all) {
            if (!teamAgents.contains(item.path("agentId").asText())) {
                outside = item;
                break;
            }
        }
        if (outside != null) {
            assertThat(center.clientFor("supervisor").get("/api/reviews/" + outside.get("id").asText()).status())
                    .isEqualTo(403);
        }
        String itemId = all.get(0).get("id").asText();
        JsonNode detail = analyst.get("/api/reviews/" + itemId).json();
        assertThat(detail.get("answers")).isNotEmpty();
        ApiClient.Response outcome = analyst.post("/api/reviews/" + itemId, Map.of("confirmRest", true,
                "comment", "checked the evidence"));
        assertThat(outcome.status()).as(outcome.body()).isEqualTo(200);
        assertThat(outcome.json().get("closed").asBoolean()).isTrue();
        assertThat(center.clientFor("auditor").get("/api/audit?action=review.&actor=analyst").json().get("entries"))
                .isNotEmpty();
    }

    // ------------------------------------------------------------------------------ PII and audit

    @Test
    void customerIdentifiersAreMaskedAndOnlyAnAdminMayUnmaskThemWhichIsAudited() {
        var customer = center.simulated().customers().stream().filter(c -> c.email() != null).findFirst().orElseThrow();
        JsonNode masked = center.clientFor("analyst").get("/api/customers/" + customer.id()).json();
        assertThat(masked.get("masked").asBoolean()).isTrue();
        assertThat(masked.get("email").asText()).isNotEqualTo(customer.email()).contains("***");
        assertThat(center.clientFor("analyst").get("/api/customers/" + customer.id() + "?unmask=true").status())
                .isEqualTo(403);
        JsonNode unmasked = center.clientFor("admin").get("/api/customers/" + customer.id() + "?unmask=true").json();
        assertThat(unmasked.get("email").asText()).isEqualTo(customer.email());
        JsonNode audit = center.clientFor("auditor").get("/api/audit?action=pii.unmask&actor=admin").json();
        assertThat(audit.get("entries").findValuesAsText("target")).contains("customer:" + customer.id());
    }

    @Test
    void redactedSpansAreListedOnlyForAdminsAndSayTheOriginalsAreNotStored() {
        ApiClient admin = center.clientFor("admin");
        String withPii = null;
        for (JsonNode item : admin.get("/api/interactions?limit=500").json().get("items")) {
            if (admin.get("/api/interactions/" + item.get("id").asText()).json().get("piiRedactions").asInt() > 0) {
                withPii = item.get("id").asText();
                break;
            }
        }
        assertThat(withPii).as("an interaction with redacted PII").isNotNull();
        JsonNode pii = admin.get("/api/interactions/" + withPii + "/pii").json();
        assertThat(pii.get("originalsStored").asBoolean()).isFalse();
        assertThat(pii.get("spans")).isNotEmpty();
        assertThat(center.clientFor("analyst").get("/api/interactions/" + withPii + "/pii").status()).isEqualTo(403);
        JsonNode detail = center.clientFor("analyst").get("/api/interactions/" + withPii).json();
        assertThat(detail.findValuesAsText("type")).doesNotContain("pii");
    }

    @Test
    void auditorReadsTheAuditLogAndNothingElse() {
        ApiClient auditor = center.clientFor("auditor");
        center.clientFor("analyst").get("/api/interactions/" + teamInteraction);
        JsonNode page = auditor.get("/api/audit?verify=true&limit=1000").json();
        assertThat(page.get("chainIntact").asBoolean()).isTrue();
        assertThat(page.get("entries").findValuesAsText("action")).contains("interaction.read", "auth.login", "audit.read");
        assertThat(auditor.get("/api/interactions").status()).isEqualTo(403);
        assertThat(auditor.get("/api/kpis").status()).isEqualTo(403);
        assertThat(center.clientFor("analyst").get("/api/audit").status()).isEqualTo(403);
    }

    // ------------------------------------------------------------------------------ credentials

    @Test
    void passwordsAndTokensAreHashedAtRestAndRevokedTokensStopWorking() throws Exception {
        ApiClient analyst = center.clientFor("analyst");
        JsonNode issued = analyst.post("/api/tokens", Map.of("label", "ci")).json();
        String secret = issued.get("token").asText();
        ApiClient viaToken = center.anonymousClient().withToken(secret);
        assertThat(viaToken.get("/api/me").json().get("username").asText()).isEqualTo("analyst");
        try (Connection connection = center.store().openReader(); Statement statement = connection.createStatement()) {
            try (ResultSet rows = statement.executeQuery("SELECT * FROM server_api_tokens")) {
                while (rows.next()) {
                    for (int column = 1; column <= rows.getMetaData().getColumnCount(); column++) {
                        assertThat(String.valueOf(rows.getObject(column))).doesNotContain(secret);
                    }
                }
            }
            try (ResultSet rows = statement.executeQuery("SELECT password_hash FROM server_users")) {
                while (rows.next()) {
                    assertThat(rows.getString(1)).startsWith("pbkdf2-sha256$").doesNotContain("demo-pass");
                }
            }
        }
        assertThat(analyst.delete("/api/tokens/" + issued.get("tokenId").asText()).status()).isEqualTo(204);
        assertThat(viaToken.get("/api/me").status()).isEqualTo(401);
        assertThat(center.anonymousClient().post("/api/login", Map.of("username", "analyst", "password", "wrong-password"))
                .status()).isEqualTo(401);
    }

    @Test
    void onlyAdminsManageUsersAndADisabledUserIsLockedOut() {
        ApiClient admin = center.clientFor("admin");
        assertThat(center.clientFor("supervisor").post("/api/users", Map.of("username", "x", "role", "admin",
                "password", "x-password-long")).status()).isEqualTo(403);
        assertThat(admin.post("/api/users", Map.of("username", "temp-analyst", "role", "analyst",
                "password", "temp-password-1")).status()).isEqualTo(201);
        ApiClient temp = center.anonymousClient();
        temp.login("temp-analyst", "temp-password-1");
        assertThat(temp.get("/api/stats").status()).isEqualTo(200);
        assertThat(admin.delete("/api/users/temp-analyst").status()).isEqualTo(204);
        assertThat(temp.get("/api/stats").status()).isEqualTo(401);
        assertThat(admin.post("/api/users", Map.of("username", "bad", "role", "agent", "password", "long-enough-1"))
                .json().get("message").asText()).contains("agent id");
    }

    @Test
    void badParametersGetAJsonErrorThatNamesTheParameter() {
        ApiClient.Response response = center.clientFor("analyst").get("/api/interactions?from=yesterday");
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("message").asText()).contains("'from'").contains("ISO-8601");
        assertThat(center.clientFor("analyst").get("/api/nothing-here").json().get("code").asText()).isEqualTo("not_found");
        assertThat(center.anonymousClient().get("/health").json().get("status").asText()).isEqualTo("up");
        assertThat(center.anonymousClient().get("/ready").status()).isEqualTo(200);
        assertThat(center.anonymousClient().get("/metrics").body()).contains("touchpoint_http_requests_seconds");
        assertThat(Role.parse("Supervisor")).isEqualTo(Role.SUPERVISOR);
        assertThat(Role.SUPERVISOR.id()).isEqualTo("supervisor".toLowerCase(Locale.ROOT));
    }
}
