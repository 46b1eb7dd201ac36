package io.touchpoint.cli.quality;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.touchpoint.cli.commands.DataOptions;
import io.touchpoint.quality.QualityService;
import io.touchpoint.quality.scorecard.ScorecardLibrary;
import io.touchpoint.store.TouchpointStore;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Options every {@code touchpoint qa} subcommand shares: the store, extra scorecards, the output format. */
public final class QualityOptions {

    /** Output formats of the qa commands. */
    public enum Format { table, json }

    @Mixin
    DataOptions data;

    @Option(names = "--scorecards", split = ",", paramLabel = "FILE.yaml",
            description = "Scorecard files to use besides the built-in ones (a file's scorecard replaces a built-in one "
                    + "of the same name). Use the same files as when scoring.")
    List<Path> scorecardFiles = new ArrayList<>();

    @Option(names = "--format", defaultValue = "table", description = "table or json (default: ${DEFAULT-VALUE}).")
    Format format;

    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules()
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).enable(SerializationFeature.INDENT_OUTPUT);

    ScorecardLibrary scorecards() {
        return ScorecardLibrary.builtInWith(scorecardFiles);
    }

    TouchpointStore open() {
        return data.open();
    }

    QualityService service(TouchpointStore store) {
        return new QualityService(store, scorecards());
    }

    boolean json() {
        return format == Format.json;
    }

    /** Records as JSON: the quality API's records serialize as they are (times as ISO-8601). */
    static void printJson(PrintWriter out, Object value) {
        try {
            out.println(JSON.writeValueAsString(value));
            out.flush();
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON: " + e.getMessage(), e);
        }
    }

    static String percent(double share) {
        return String.format(java.util.Locale.ROOT, "%.0f%%", share * 100);
    }

    static String number(double value) {
        return String.format(java.util.Locale.ROOT, "%.1f", value);
    }

    static String time(long millis) {
        long seconds = millis / 1000;
        return String.format(java.util.Locale.ROOT, "%d:%02d", seconds / 60, seconds % 60);
    }
}
