package io.touchpoint.insights.cluster;

import static java.util.Objects.requireNonNull;

import io.touchpoint.core.TouchpointException;
import io.touchpoint.store.TouchpointStore;
import io.touchpoint.text.keywords.Keyword;
import io.touchpoint.text.keywords.KeywordExtractor;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Groups similar conversations to surface issues the taxonomy does not name yet. Each conversation is what its
 * customer said (customer turns; every turn for channels without speaker roles), as a TF-IDF vector of content
 * words (the text module's keyword candidates), L2-normalized; spherical k-means (cosine similarity, k-means++
 * seeding, best of five seeded starts) groups them; the text module's c-TF-IDF names each cluster by its distinctive terms. A
 * cluster most of whose conversations have no category, or whose commonest category covers less than a third of
 * it, is flagged {@code emerging}.
 *
 * <pre>{@code
 * List<ConversationCluster> clusters = ConversationClusters.find(store, ClusterSettings.defaults());
 * }</pre>
 */
public final class ConversationClusters {

    private static final int ITERATIONS = 30;
    private static final int RESTARTS = 5;
    private static final int IDS_PER_CLUSTER = 20;

    private ConversationClusters() {
    }

    public static List<ConversationCluster> find(TouchpointStore store, ClusterSettings settings) {
        requireNonNull(store, "store is null");
        return find(store.duckdb(), settings);
    }

    public static List<ConversationCluster> find(Connection connection, ClusterSettings settings) {
        requireNonNull(settings, "settings is null");
        List<String> ids = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        Map<String, String> categories = new HashMap<>();
        try (PreparedStatement statement = connection.prepareStatement("""
                WITH recent AS (SELECT id, started_at FROM interactions ORDER BY started_at DESC, id LIMIT ?)
                SELECT r.id,
                       coalesce(string_agg(t.text, ' ' ORDER BY t.turn_index) FILTER (WHERE t.speaker = 'customer'),
                                string_agg(t.text, ' ' ORDER BY t.turn_index)) AS text,
                       (SELECT arg_min(f.name, f.finding_index) FROM findings f
                        WHERE f.interaction_id = r.id AND f.type = 'category') AS category
                FROM recent r JOIN turns t ON t.interaction_id = r.id
                GROUP BY r.id, r.started_at ORDER BY r.started_at DESC, r.id""")) {
            statement.setInt(1, settings.maxConversations());
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    String text = rows.getString(2);
                    if (text == null || text.isBlank()) {
                        continue;
                    }
                    ids.add(rows.getString(1));
                    texts.add(text);
                    if (rows.getString(3) != null) {
                        categories.put(rows.getString(1), rows.getString(3));
                    }
                }
            }
        } catch (SQLException e) {
            throw TouchpointException.external("reading conversations for clustering failed: " + e.getMessage(), e);
        }
        return cluster(ids, texts, categories, settings);
    }

    /**
     * Clusters {@code texts} (parallel to {@code ids}); {@code categories} maps an id to its contact reason when it
     * has one.
     */
    public static List<ConversationCluster> cluster(List<String> ids, List<String> texts, Map<String, String> categories,
                                                    ClusterSettings settings) {
        int n = texts.size();
        if (n < 2) {
            return List.of();
        }
        // Terms per conversation: single content words (phrases would split the same idea over several features).
        List<Map<String, Integer>> counts = new ArrayList<>(n);
        Map<String, Integer> documentFrequency = new HashMap<>();
        for (String text : texts) {
            Map<String, Integer> terms = new HashMap<>();
            for (String candidate : KeywordExtractor.candidates(text)) {
                if (candidate.indexOf(' ') < 0) {
                    terms.merge(candidate, 1, Integer::sum);
                }
            }
            counts.add(terms);
            terms.keySet().forEach(term -> documentFrequency.merge(term, 1, Integer::sum));
        }
        Map<String, Integer> vocabulary = new LinkedHashMap<>();
        documentFrequency.entrySet().stream()
                .filter(entry -> entry.getValue() >= settings.minDocumentFrequency() && entry.getValue() <= 0.5 * n)
                .sorted(Map.Entry.comparingByKey())
                .forEach(entry -> vocabulary.put(entry.getKey(), vocabulary.size()));
        int dimensions = vocabulary.size();
        if (dimensions == 0) {
            return List.of();
        }
        int[][] indices = new int[n][];
        double[][] values = new double[n][];
        for (int d = 0; d < n; d++) {
            List<int[]> entries = new ArrayList<>();
            List<Double> weights = new ArrayList<>();
            double norm = 0;
            for (Map.Entry<String, Integer> term : counts.get(d).entrySet()) {
                Integer index = vocabulary.get(term.getKey());
                if (index == null) {
                    continue;
                }
                double weight = (1 + Math.log(term.getValue())) * Math.log((double) n / documentFrequency.get(term.getKey()));
                entries.add(new int[] {index});
                weights.add(weight);
                norm += weight * weight;
            }
            norm = Math.sqrt(norm);
            indices[d] = entries.stream().mapToInt(e -> e[0]).toArray();
            double scale = norm == 0 ? 0 : 1 / norm;
            values[d] = weights.stream().mapToDouble(w -> w * scale).toArray();
        }
        int k = settings.clusters() > 0 ? Math.min(settings.clusters(), n)
                : (int) Math.max(4, Math.min(30, Math.round(Math.sqrt(n / 20.0))));
        k = Math.min(k, n);
        // k-means finds a local optimum that depends on its seeding: keep the best of several starts (the
        // highest total similarity of conversations to their centres).
        int[] assignment = null;
        double best = Double.NEGATIVE_INFINITY;
        for (int start = 0; start < RESTARTS; start++) {
            int[] candidate = kMeans(indices, values, dimensions, k, settings.seed() + start);
            double[][] centres = centroids(indices, values, candidate, k, dimensions);
            double score = 0;
            for (int d = 0; d < n; d++) {
                score += dot(indices[d], values[d], centres[candidate[d]]);
            }
            if (score > best) {
                best = score;
                assignment = candidate;
            }
        }

        double[][] centroids = centroids(indices, values, assignment, k, dimensions);
        Map<Integer, List<Integer>> members = new HashMap<>();
        for (int d = 0; d < n; d++) {
            members.computeIfAbsent(assignment[d], c -> new ArrayList<>()).add(d);
        }
        Map<String, List<String>> textsByCluster = new LinkedHashMap<>();
        members.forEach((cluster, docs) -> textsByCluster.put(String.valueOf(cluster),
                docs.stream().map(texts::get).toList()));
        Map<String, List<Keyword>> keywords = KeywordExtractor.distinctive(textsByCluster, settings.keywords());
        List<ConversationCluster> result = new ArrayList<>();
        for (Map.Entry<Integer, List<Integer>> entry : members.entrySet()) {
            List<Integer> docs = new ArrayList<>(entry.getValue());
            double[] centroid = centroids[entry.getKey()];
            docs.sort(Comparator.comparingDouble((Integer d) -> -dot(indices[d], values[d], centroid))
                    .thenComparing(ids::get));
            Map<String, Integer> categoryCounts = new HashMap<>();
            int uncategorized = 0;
            for (int d : docs) {
                String category = categories.get(ids.get(d));
                if (category == null) {
                    uncategorized++;
                } else {
                    categoryCounts.merge(category, 1, Integer::sum);
                }
            }
            Map.Entry<String, Integer> top = categoryCounts.entrySet().stream()
                    .max(Map.Entry.<String, Integer>comparingByValue()
                            .thenComparing(Map.Entry::getKey, Comparator.reverseOrder())).orElse(null);
            double topShare = top == null ? 0 : (double) top.getValue() / docs.size();
            double uncategorizedShare = (double) uncategorized / docs.size();
            boolean emerging = uncategorizedShare > 0.5 || topShare < 1.0 / 3;
            result.add(new ConversationCluster(0, docs.size(), (double) docs.size() / n,
                    keywords.getOrDefault(String.valueOf(entry.getKey()), List.of()).stream().map(Keyword::term).toList(),
                    top == null ? null : top.getKey(), topShare, uncategorizedShare, emerging,
                    docs.stream().limit(IDS_PER_CLUSTER).map(ids::get).toList()));
        }
        result.sort(Comparator.comparingInt(ConversationCluster::size).reversed()
                .thenComparing(cluster -> cluster.interactionIds().isEmpty() ? "" : cluster.interactionIds().getFirst()));
        List<ConversationCluster> numbered = new ArrayList<>(result.size());
        for (int i = 0; i < result.size(); i++) {
            ConversationCluster c = result.get(i);
            numbered.add(new ConversationCluster(i + 1, c.size(), c.share(), c.keywords(), c.topCategory(),
                    c.topCategoryShare(), c.uncategorizedShare(), c.emerging(), c.interactionIds()));
        }
        return List.copyOf(numbered);
    }

    /** Spherical k-means: assign to the most similar centroid (cosine), recompute normalized centroids. */
    static int[] kMeans(int[][] indices, double[][] values, int dimensions, int k, long seed) {
        int n = indices.length;
        Random random = new Random(seed);
        double[][] centroids = new double[k][];
        // k-means++ on cosine distance (1 - similarity).
        int first = random.nextInt(n);
        centroids[0] = dense(indices[first], values[first], dimensions);
        double[] distance = new double[n];
        Arrays.fill(distance, Double.MAX_VALUE);
        for (int c = 1; c < k; c++) {
            double total = 0;
            for (int d = 0; d < n; d++) {
                distance[d] = Math.min(distance[d], Math.max(0, 1 - dot(indices[d], values[d], centroids[c - 1])));
                total += distance[d] * distance[d];
            }
            double target = random.nextDouble() * total;
            int chosen = n - 1;
            for (int d = 0; d < n; d++) {
                target -= distance[d] * distance[d];
                if (target <= 0) {
                    chosen = d;
                    break;
                }
            }
            centroids[c] = dense(indices[chosen], values[chosen], dimensions);
        }
        int[] assignment = new int[n];
        Arrays.fill(assignment, -1);
        for (int iteration = 0; iteration < ITERATIONS; iteration++) {
            boolean changed = false;
            for (int d = 0; d < n; d++) {
                int best = 0;
                double bestSimilarity = -1;
                for (int c = 0; c < k; c++) {
                    double similarity = dot(indices[d], values[d], centroids[c]);
                    if (similarity > bestSimilarity) {
                        bestSimilarity = similarity;
                        best = c;
                    }
                }
                if (assignment[d] != best) {
                    assignment[d] = best;
                    changed = true;
                }
            }
            if (!changed) {
                break;
            }
            double[][] next = centroids(indices, values, assignment, k, dimensions);
            for (int c = 0; c < k; c++) {
                // An emptied cluster keeps its old centre rather than collapsing to zero.
                centroids[c] = isZero(next[c]) ? centroids[c] : next[c];
            }
        }
        return assignment;
    }

    private static double[][] centroids(int[][] indices, double[][] values, int[] assignment, int k, int dimensions) {
        double[][] centroids = new double[k][dimensions];
        for (int d = 0; d < indices.length; d++) {
            double[] centroid = centroids[assignment[d]];
            for (int i = 0; i < indices[d].length; i++) {
                centroid[indices[d][i]] += values[d][i];
            }
        }
        for (double[] centroid : centroids) {
            double norm = Math.sqrt(Arrays.stream(centroid).map(v -> v * v).sum());
            if (norm > 0) {
                for (int i = 0; i < centroid.length; i++) {
                    centroid[i] /= norm;
                }
            }
        }
        return centroids;
    }

    private static double[] dense(int[] indices, double[] values, int dimensions) {
        double[] vector = new double[dimensions];
        for (int i = 0; i < indices.length; i++) {
            vector[indices[i]] = values[i];
        }
        return vector;
    }

    private static boolean isZero(double[] vector) {
        for (double v : vector) {
            if (v != 0) {
                return false;
            }
        }
        return true;
    }

    private static double dot(int[] indices, double[] values, double[] dense) {
        double sum = 0;
        for (int i = 0; i < indices.length; i++) {
            sum += values[i] * dense[indices[i]];
        }
        return sum;
    }
}
