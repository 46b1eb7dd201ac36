package io.touchpoint.core.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.touchpoint.core.TouchpointException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsTest {

    @TempDir
    Path dir;

    @Test
    void environmentOverridesTheFile() throws IOException {
        Path file = Files.writeString(dir.resolve("touchpoint.properties"), "text.pii-mode = detect\ntext.keywords=5\n");

        Settings settings = Settings.load(file, Map.of("TOUCHPOINT_TEXT_PII_MODE", "off", "HOME", "/root"));

        assertThat(settings.get("text.pii-mode")).hasValue("off");
        assertThat(settings.get("text.keywords")).hasValue("5");
        assertThat(settings.source()).hasValue(file);
    }

    @Test
    void anEnvironmentVariableAloneNamesItsKeyByConvention() {
        Settings settings = Settings.load(dir.resolve("missing.properties"),
                Map.of("TOUCHPOINT_TEXT_ROUTING_MIN_CONFIDENCE", "0.8"));

        assertThat(settings.get("text.routing-min-confidence")).hasValue("0.8");
        assertThat(settings.source()).isEmpty();
        assertThat(Settings.environmentName("text.routing-min-confidence")).isEqualTo("TOUCHPOINT_TEXT_ROUTING_MIN_CONFIDENCE");
    }

    @Test
    void aFolderInPlaceOfTheFileIsAClearError() {
        assertThatThrownBy(() -> Settings.load(dir, Map.of())).isInstanceOf(TouchpointException.class)
                .hasMessageContaining("is not a file");
    }

    @Test
    void commandLineOverridesComeLast() {
        Settings settings = Settings.load(null, Map.of("TOUCHPOINT_TEXT_PII_MODE", "off")).with(Map.of("text.pii-mode", "redact"));
        assertThat(settings.get("text.pii-mode")).hasValue("redact");
    }
}
