package io.touchpoint.insights.cluster;

/**
 * How {@link ConversationClusters} groups conversations.
 *
 * @param clusters k, the number of clusters; 0 chooses {@code sqrt(n / 20)} between 4 and 30
 * @param maxConversations the most recent conversations clustered (the rest are left out, to bound time)
 * @param minDocumentFrequency a term must occur in at least this many conversations
 * @param seed the k-means++ seed: the same data and seed give the same clusters
 * @param keywords distinctive terms per cluster
 */
public record ClusterSettings(int clusters, int maxConversations, int minDocumentFrequency, long seed, int keywords) {

    public ClusterSettings {
        if (clusters < 0 || clusters > 500) {
            throw new IllegalArgumentException("ClusterSettings.clusters " + clusters + " is outside 0..500");
        }
        if (maxConversations < 2) {
            throw new IllegalArgumentException("ClusterSettings.maxConversations " + maxConversations + " is below 2");
        }
        if (minDocumentFrequency < 1 || keywords < 1) {
            throw new IllegalArgumentException("ClusterSettings: minDocumentFrequency and keywords must be positive");
        }
    }

    public static ClusterSettings defaults() {
        return new ClusterSettings(0, 20_000, 3, 42, 8);
    }

    public ClusterSettings withClusters(int k) {
        return new ClusterSettings(k, maxConversations, minDocumentFrequency, seed, keywords);
    }
}
