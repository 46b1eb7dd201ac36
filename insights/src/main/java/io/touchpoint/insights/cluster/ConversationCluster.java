package io.touchpoint.insights.cluster;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * A group of conversations whose customers used similar words.
 *
 * @param id 1 for the largest cluster
 * @param size conversations in it
 * @param share {@code size} over all clustered conversations
 * @param keywords its distinctive terms (c-TF-IDF against the other clusters), strongest first
 * @param topCategory the contact reason most of its conversations have, or null when most have none
 * @param topCategoryShare share of its conversations with {@code topCategory}
 * @param uncategorizedShare share of its conversations without any category
 * @param emerging most of its conversations have no category, or no category covers a third of them: an issue
 *        the taxonomy does not name yet
 * @param interactionIds its conversations closest to its centre first (the most typical), at most 20
 */
public record ConversationCluster(int id, int size, double share, List<String> keywords, String topCategory,
                                  double topCategoryShare, double uncategorizedShare, boolean emerging,
                                  List<String> interactionIds) {

    public ConversationCluster {
        keywords = List.copyOf(requireNonNull(keywords, "ConversationCluster.keywords is null"));
        interactionIds = List.copyOf(requireNonNull(interactionIds, "ConversationCluster.interactionIds is null"));
    }
}
