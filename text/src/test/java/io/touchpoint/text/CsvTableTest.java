package io.touchpoint.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.touchpoint.core.TouchpointException;
import io.touchpoint.text.csv.CsvTable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvTableTest {

    @Test
    void readsQuotedMultilineFieldsAndWritesThemBack(@TempDir Path folder) throws IOException {
        Path input = folder.resolve("in.csv");
        Files.writeString(input, "id,text\n1,\"hello, world\"\n2,\"two\nlines\"\n");

        CsvTable table = CsvTable.read(input);
        assertThat(table.values("text")).containsExactly("hello, world", "two\nlines");

        Path output = folder.resolve("out/result.csv");
        CsvTable.write(output, List.of("id", "text", "extra"),
                table.withColumns(List.of(new String[] {"a"}, new String[] {"b"})));
        assertThat(CsvTable.read(output).values("extra")).containsExactly("a", "b");
        assertThat(CsvTable.read(output).values("text")).containsExactly("hello, world", "two\nlines");
    }

    @Test
    void namesTheMissingColumnAndTheColumnsThatExist(@TempDir Path folder) throws IOException {
        Path input = folder.resolve("in.csv");
        Files.writeString(input, "id,body\n1,hi\n");

        assertThatThrownBy(() -> CsvTable.read(input).column("text")).isInstanceOf(TouchpointException.class)
                .hasMessageContaining("column 'text' is not in").hasMessageContaining("its columns are: id, body");
    }
}
