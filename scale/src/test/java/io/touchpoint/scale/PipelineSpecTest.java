package io.touchpoint.scale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.touchpoint.core.TouchpointException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PipelineSpecTest {

    @TempDir
    Path temp;

    @Test
    void theVersionIsBuiltAsTouchpointAnalyzeBuildsItsOwn() {
        assertThat(ScalePipeline.version(PipelineSpec.standard()))
                .isEqualTo("touchpoint-dev/text-lexicon-pii-redact/rules-builtin");
        assertThat(ScalePipeline.version(PipelineSpec.standard().withScorecards(false))).endsWith("/no-scorecards");
    }

    @Test
    void aRuleFileChangesTheVersionAndTravelsAsText() throws Exception {
        Path rules = Files.writeString(temp.resolve("mine.yaml"), "pack: mine\nrules: []\n");
        PipelineSpec spec = PipelineSpec.standard().withRuleFiles(List.of(rules));
        assertThat(ScalePipeline.version(spec)).matches("touchpoint-dev/text-lexicon-pii-redact/rules-[0-9a-f]{12}");
        Files.delete(rules);

        // What Spark and Flink do with it: Java serialization to the executors, where the file is absent.
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(spec);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            PipelineSpec shipped = (PipelineSpec) in.readObject();
            assertThat(shipped).isEqualTo(spec);
            assertThat(shipped.ruleFiles().getFirst().yaml()).contains("pack: mine");
        }
    }

    @Test
    void aMissingRuleFileIsAUserErrorNamingIt() {
        assertThatThrownBy(() -> PipelineSpec.standard().withRuleFiles(List.of(temp.resolve("nope.yaml"))))
                .isInstanceOf(TouchpointException.class).hasMessageContaining("nope.yaml");
    }
}
