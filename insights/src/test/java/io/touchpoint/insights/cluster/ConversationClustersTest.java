package io.touchpoint.insights.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import io.touchpoint.insights.SimulatedAnalyzedStore;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ConversationClustersTest {

    private static final Map<String, List<String>> TOPICS = Map.of(
            "Billing/Late fee", List.of("late", "fee", "charged", "bill", "payment", "penalty", "invoice"),
            "Technical/Wi-Fi", List.of("router", "wifi", "dropping", "signal", "connection", "modem", "slow"),
            "Sales/Upgrade", List.of("upgrade", "plan", "device", "unlimited", "offer", "phone", "bundle"),
            "new", List.of("esim", "activation", "failed", "qr", "code", "profile", "scan"));

    @Test
    void surfacesAnIssueTheTaxonomyDoesNotNameAsAnEmergingCluster() {
        Random random = new Random(11);
        List<String> ids = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        Map<String, String> categories = new HashMap<>();
        int id = 0;
        for (Map.Entry<String, List<String>> topic : TOPICS.entrySet()) {
            for (int i = 0; i < 60; i++) {
                String conversation = "conversation-" + id++;
                ids.add(conversation);
                texts.add(text(random, topic.getValue()));
                if (!topic.getKey().equals("new")) {
                    categories.put(conversation, topic.getKey());
                }
            }
        }
        List<ConversationCluster> clusters = ConversationClusters.cluster(ids, texts, categories,
                ClusterSettings.defaults().withClusters(4));
        assertThat(clusters).hasSize(4);
        ConversationCluster esim = clusters.stream().filter(c -> c.keywords().stream().anyMatch(k -> k.contains("esim")))
                .findFirst().orElseThrow();
        assertThat(esim.emerging()).isTrue();
        assertThat(esim.uncategorizedShare()).isGreaterThan(0.9);
        assertThat(esim.topCategory()).isNull();
        assertThat(clusters).filteredOn(c -> c != esim).allSatisfy(cluster -> {
            assertThat(cluster.emerging()).isFalse();
            assertThat(cluster.topCategoryShare()).isGreaterThan(0.9);
        });
        assertThat(clusters).extracting(ConversationCluster::id).containsExactly(1, 2, 3, 4);
    }

    @Test
    void clustersTheSimulatorsConversationsAlongItsContactReasons() throws Exception {
        SimulatedAnalyzedStore simulated = SimulatedAnalyzedStore.shared(3000, 5, true);
        List<ConversationCluster> clusters = ConversationClusters.find(simulated.store(), ClusterSettings.defaults());
        Map<String, String> truth = simulated.truth().reasonByInteraction();
        // Purity against the simulator's true reasons, over the listed (most typical) members of each cluster.
        int agreeing = 0;
        int listed = 0;
        for (ConversationCluster cluster : clusters) {
            Map<String, Integer> reasons = new HashMap<>();
            cluster.interactionIds().forEach(i -> reasons.merge(truth.getOrDefault(i, "?"), 1, Integer::sum));
            agreeing += reasons.values().stream().mapToInt(Integer::intValue).max().orElse(0);
            listed += cluster.interactionIds().size();
            System.out.printf(Locale.ROOT, "cluster %d: %d, %s, top %s (%.0f%%), uncategorized %.0f%%, %s%n", cluster.id(),
                    cluster.size(), cluster.keywords(), cluster.topCategory(), cluster.topCategoryShare() * 100,
                    cluster.uncategorizedShare() * 100, reasons);
        }
        System.out.printf(Locale.ROOT, "purity of the typical members: %.3f%n", (double) agreeing / listed);
        assertThat(clusters.stream().mapToInt(ConversationCluster::size).sum()).isGreaterThan(2500);
        assertThat((double) agreeing / listed).isGreaterThan(0.7);
        assertThat(clusters).allSatisfy(cluster -> assertThat(cluster.keywords()).isNotEmpty());
    }

    private static String text(Random random, List<String> vocabulary) {
        StringBuilder text = new StringBuilder("hello i have a problem with");
        for (int i = 0; i < 6; i++) {
            text.append(' ').append(vocabulary.get(random.nextInt(vocabulary.size())));
            if (random.nextBoolean()) {
                text.append(" and");
            }
        }
        return text.append(" please help thanks").toString();
    }
}
