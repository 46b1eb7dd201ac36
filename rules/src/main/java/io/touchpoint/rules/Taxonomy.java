package io.touchpoint.rules;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The category hierarchy defined by a rule set's category paths: "Billing/Late fee" is a child of
 * "Billing". Counts of leaf findings roll up to their parents.
 *
 * <pre>{@code
 * Map<String, Long> rolled = ruleSet.taxonomy().rollUp(Map.of("Billing/Late fee", 3L, "Billing/Dispute", 2L));
 * // {Billing=5, Billing/Dispute=2, Billing/Late fee=3}
 * }</pre>
 */
public final class Taxonomy {

    /** One level of the hierarchy. */
    public record Node(String path, String name, int depth, List<String> packs, boolean hasRule) {
        public Node {
            requireNonNull(path, "path is null");
            packs = List.copyOf(packs);
        }
    }

    private final Map<String, Node> nodes;

    private Taxonomy(Map<String, Node> nodes) {
        this.nodes = nodes;
    }

    static Taxonomy of(Collection<Rule> rules) {
        Map<String, List<String>> packsByPath = new TreeMap<>();
        Map<String, Boolean> withRule = new TreeMap<>();
        for (Rule rule : rules) {
            if (rule.type() != RuleType.CATEGORY) {
                continue;
            }
            String[] segments = rule.findingName().split("/");
            StringBuilder path = new StringBuilder();
            for (String segment : segments) {
                if (!path.isEmpty()) {
                    path.append('/');
                }
                path.append(segment);
                List<String> packs = packsByPath.computeIfAbsent(path.toString(), p -> new ArrayList<>());
                if (!packs.contains(rule.pack())) {
                    packs.add(rule.pack());
                }
                withRule.merge(path.toString(), false, Boolean::logicalOr);
            }
            withRule.put(rule.findingName(), true);
        }
        Map<String, Node> nodes = new LinkedHashMap<>();
        packsByPath.forEach((path, packs) -> {
            int depth = (int) path.chars().filter(c -> c == '/').count();
            String name = path.substring(path.lastIndexOf('/') + 1);
            nodes.put(path, new Node(path, name, depth, packs, withRule.get(path)));
        });
        return new Taxonomy(nodes);
    }

    /** Every node, parents before children, in path order. */
    public List<Node> nodes() {
        return List.copyOf(nodes.values());
    }

    public boolean contains(String path) {
        return nodes.containsKey(path);
    }

    /** Adds each path's count to the path and all its ancestors; returns counts in path order. */
    public Map<String, Long> rollUp(Map<String, Long> countsByPath) {
        Map<String, Long> rolled = new TreeMap<>();
        countsByPath.forEach((path, count) -> {
            int slash = path.length();
            String current = path;
            while (true) {
                rolled.merge(current, count, Long::sum);
                slash = current.lastIndexOf('/');
                if (slash < 0) {
                    break;
                }
                current = current.substring(0, slash);
            }
        });
        return rolled;
    }
}
