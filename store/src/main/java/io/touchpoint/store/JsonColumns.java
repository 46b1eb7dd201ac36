package io.touchpoint.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.touchpoint.core.model.AudioRef;
import io.touchpoint.core.model.Speaker;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/** The JSON columns of the store: free attributes and the audio reference. */
final class JsonColumns {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final TypeReference<Map<String, String>> STRING_MAP = new TypeReference<>() { };

    private JsonColumns() {
    }

    /** Attributes as a JSON object with sorted keys, so equal maps give equal text. */
    static String attributes(Map<String, String> attributes) {
        if (attributes.isEmpty()) {
            return "{}";
        }
        try {
            return MAPPER.writeValueAsString(new TreeMap<>(attributes));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a map of strings always serializes", e);
        }
    }

    static Map<String, String> attributes(String json, String where) {
        if (json == null || json.isEmpty() || json.equals("{}")) {
            return Map.of();
        }
        try {
            return MAPPER.readValue(json, STRING_MAP);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("attributes of " + where + " are not a JSON object of strings: " + json, e);
        }
    }

    /** {@code {"uri": "...", "channels": {"0": "agent"}}}, or null for no audio. */
    static String audio(AudioRef audio) {
        if (audio == null) {
            return null;
        }
        ObjectNode node = MAPPER.createObjectNode();
        node.put("uri", audio.uri());
        ObjectNode channels = node.putObject("channels");
        new TreeMap<>(audio.channels()).forEach((index, speaker) -> channels.put(index.toString(), speaker.wireName()));
        return node.toString();
    }

    static AudioRef audio(String json, String where) {
        if (json == null) {
            return null;
        }
        try {
            JsonNode node = MAPPER.readTree(json);
            Map<Integer, Speaker> channels = new HashMap<>();
            for (Map.Entry<String, JsonNode> field : node.path("channels").properties()) {
                channels.put(Integer.parseInt(field.getKey()), Speaker.parse(field.getValue().asText()));
            }
            return new AudioRef(node.path("uri").asText(), channels);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new IllegalStateException("audio of " + where + " is not a valid audio reference: " + json, e);
        }
    }
}
