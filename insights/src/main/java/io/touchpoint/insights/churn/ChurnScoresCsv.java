package io.touchpoint.insights.churn;

import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.touchpoint.core.TouchpointException;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** Writes scores as CSV: {@code id, churn_probability, top_reasons} (reasons joined with "; "). */
public final class ChurnScoresCsv {

    public static final List<String> HEADER = List.of("id", "churn_probability", "top_reasons");

    private ChurnScoresCsv() {
    }

    public static void write(Path file, List<ChurnScore> scores) {
        CsvMapper mapper = new CsvMapper();
        mapper.enable(CsvGenerator.Feature.ALWAYS_QUOTE_EMPTY_STRINGS);
        CsvSchema schema = CsvSchema.builder().addColumns(HEADER, CsvSchema.ColumnType.STRING).setUseHeader(true).build();
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
                    var sequence = mapper.writer(schema).writeValues(writer)) {
                for (ChurnScore score : scores) {
                    sequence.write(List.of(score.customerId(), String.format(Locale.ROOT, "%.4f", score.probability()), score.reasonText()));
                }
            }
        } catch (IOException e) {
            throw TouchpointException.external("could not write scores to " + file + ": " + e.getMessage(), e);
        }
    }
}
