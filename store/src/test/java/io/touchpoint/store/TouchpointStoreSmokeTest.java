package io.touchpoint.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.touchpoint.core.ingest.IngestBatch;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TouchpointStoreSmokeTest {

    @TempDir
    Path dir;

    @Test
    void smoke() {
        try (TouchpointStore store = TouchpointStore.open(dir)) {
            store.write(IngestBatch.ofInteractions(List.of(SampleData.fullCall("c-1"))));
            assertThat(store.interaction("c-1")).contains(SampleData.fullCall("c-1"));
            System.err.println(store.stats());
            System.err.println(store.search(SearchRequest.of("\"late fee\"", 10)));
        }
    }
}
