package io.touchpoint.server.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The API's OpenAPI 3.1 document. It is written by hand in {@code /openapi/touchpoint.yaml} (the
 * contract, reviewed like code) and served as JSON at {@code /openapi.json}; a test checks that
 * it lists exactly the routes the app registers and that real responses have the documented
 * required fields.
 */
public final class OpenApiDocument {

    static final String RESOURCE = "/openapi/touchpoint.yaml";

    private OpenApiDocument() {
    }

    /** The document as a tree. */
    public static JsonNode tree() {
        try (InputStream in = OpenApiDocument.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the server's jar");
            }
            return new YAMLMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    static byte[] json(ObjectMapper mapper) {
        try {
            return mapper.writerWithDefaultPrettyPrinter().writeValueAsBytes(tree());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the OpenAPI document as JSON", e);
        }
    }
}
