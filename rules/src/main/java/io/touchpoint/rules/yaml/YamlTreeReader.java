package io.touchpoint.rules.yaml;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads YAML text into a {@link YamlNode} tree with line and column of every value, using
 * Jackson's streaming YAML parser.
 */
public final class YamlTreeReader {

    private static final YAMLFactory FACTORY = YAMLFactory.builder().build();

    /** A syntax error in the YAML itself, with its position. */
    public static final class YamlSyntaxException extends Exception {
        private static final long serialVersionUID = 1L;
        private final int line;
        private final int column;

        YamlSyntaxException(String message, int line, int column) {
            super(message);
            this.line = line;
            this.column = column;
        }

        public int line() {
            return line;
        }

        public int column() {
            return column;
        }
    }

    private YamlTreeReader() {
    }

    /** Parses one YAML document; an empty document reads as a null scalar. */
    public static YamlNode read(String text) throws YamlSyntaxException {
        try (JsonParser parser = FACTORY.createParser(new StringReader(text))) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                return new YamlNode.Scalar("", true, 1, 1);
            }
            YamlNode root = readValue(parser);
            if (parser.nextToken() != null) {
                JsonLocation location = parser.currentTokenLocation();
                throw new YamlSyntaxException("more than one YAML document; put all rules in one document",
                        location.getLineNr(), location.getColumnNr());
            }
            return root;
        } catch (JsonProcessingException e) {
            JsonLocation location = e.getLocation();
            int line = location == null ? 1 : Math.max(1, location.getLineNr());
            int column = location == null ? 1 : Math.max(1, location.getColumnNr());
            throw new YamlSyntaxException("invalid YAML: " + e.getOriginalMessage(), line, column);
        } catch (IOException e) {
            // Reading from a String cannot fail with I/O; anything here is a parser problem.
            throw new YamlSyntaxException("invalid YAML: " + e.getMessage(), 1, 1);
        }
    }

    private static YamlNode readValue(JsonParser parser) throws IOException, YamlSyntaxException {
        JsonLocation location = parser.currentTokenLocation();
        int line = location.getLineNr();
        int column = location.getColumnNr();
        JsonToken token = parser.currentToken();
        switch (token) {
            case START_OBJECT -> {
                Map<String, YamlNode> entries = new LinkedHashMap<>();
                Map<String, Integer> keyLines = new HashMap<>();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String key = parser.currentName();
                    int keyLine = parser.currentTokenLocation().getLineNr();
                    if (entries.containsKey(key)) {
                        throw new YamlSyntaxException("key '" + key + "' appears twice in the same mapping (first on line "
                                + keyLines.get(key) + ")", keyLine, parser.currentTokenLocation().getColumnNr());
                    }
                    parser.nextToken();
                    entries.put(key, readValue(parser));
                    keyLines.put(key, keyLine);
                }
                return new YamlNode.Mapping(entries, keyLines, line, column);
            }
            case START_ARRAY -> {
                List<YamlNode> items = new ArrayList<>();
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    items.add(readValue(parser));
                }
                return new YamlNode.Sequence(items, line, column);
            }
            case VALUE_NULL -> {
                return new YamlNode.Scalar("", true, line, column);
            }
            default -> {
                return new YamlNode.Scalar(parser.getText(), false, line, column);
            }
        }
    }
}
