package io.touchpoint.rules.yaml;

import static java.util.Objects.requireNonNull;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A YAML value that remembers where it was written, so that a bad rule can be reported as
 * {@code billing.yaml:17:5}. Jackson's tree model forgets locations, hence this small tree.
 */
public sealed interface YamlNode {

    /** 1-based line of the value's first character. */
    int line();

    /** 1-based column of the value's first character. */
    int column();

    /** A short name of the node's shape for error messages: "a mapping", "a list", "a value". */
    String shape();

    /** A scalar: string, number, boolean or null, kept as the text that was written. */
    record Scalar(String text, boolean isNull, int line, int column) implements YamlNode {
        public Scalar {
            requireNonNull(text, "text is null");
        }

        @Override
        public String shape() {
            return "a value";
        }
    }

    /** A list. */
    record Sequence(List<YamlNode> items, int line, int column) implements YamlNode {
        public Sequence {
            items = List.copyOf(items);
        }

        @Override
        public String shape() {
            return "a list";
        }
    }

    /** A mapping whose keys keep their written order. */
    record Mapping(Map<String, YamlNode> entries, Map<String, Integer> keyLines, int line, int column)
            implements YamlNode {
        public Mapping {
            entries = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(entries));
            keyLines = Map.copyOf(keyLines);
        }

        @Override
        public String shape() {
            return "a mapping";
        }

        /** The line a key was written on, or the mapping's line when the key is absent. */
        public int lineOf(String key) {
            return keyLines.getOrDefault(key, line);
        }
    }
}
