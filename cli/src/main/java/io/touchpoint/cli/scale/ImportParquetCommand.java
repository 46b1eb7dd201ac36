package io.touchpoint.cli.scale;

import io.touchpoint.cli.ExitCodes;
import io.touchpoint.cli.commands.DataOptions;
import io.touchpoint.cli.output.Json;
import io.touchpoint.core.TouchpointException;
import io.touchpoint.store.TouchpointStore;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code touchpoint store import-parquet DIR}: loads findings written as Parquet by the Spark job
 * (or any engine writing the findings schema) into the store, replacing the findings of the
 * interactions in the files. Idempotent.
 */
@Command(name = "import-parquet", mixinStandardHelpOptions = true,
        description = {
            "Load findings Parquet (the Spark job's OUTPUT/findings, or any files in the store's findings schema) "
                    + "into the store: the findings of every interaction in the files are replaced, and the "
                    + "interactions are marked analyzed by the files' pipeline version. Running it twice changes nothing.",
            "Example: touchpoint store import-parquet /mnt/analysis/findings"})
public final class ImportParquetCommand implements Callable<Integer> {

    @Mixin
    DataOptions data;

    @Parameters(index = "0", paramLabel = "PATH",
            description = "A folder (every *.parquet below it is read) or one Parquet file.")
    Path path;

    @Option(names = "--format", defaultValue = "table", description = "table or json (default: ${DEFAULT-VALUE}).")
    String format;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (!format.equals("table") && !format.equals("json")) {
            throw TouchpointException.userError("--format must be table or json, got '" + format + "'");
        }
        String glob = glob(path);
        PrintWriter out = spec.commandLine().getOut();
        try (TouchpointStore store = data.open()) {
            TouchpointStore.ParquetImport result = store.importFindingsParquet(glob);
            if (format.equals("json")) {
                var node = Json.object();
                node.put("interactions", result.interactions());
                node.put("findingRows", result.findingRows());
                node.put("unknownInteractions", result.unknownCount());
                var examples = node.putArray("unknownExamples");
                result.unknownInteractions().forEach(examples::add);
                Json.print(out, node);
            } else {
                out.printf("imported %,d finding rows of %,d interactions from %s%n", result.findingRows(),
                        result.interactions(), path);
                if (result.unknownCount() > 0) {
                    out.printf("skipped %,d interactions that are not in the store (ingest them first), e.g. %s%n",
                            result.unknownCount(), String.join(", ", result.unknownInteractions()));
                }
            }
            return ExitCodes.OK;
        }
    }

    /** The DuckDB glob for a folder (all Parquet files below it) or a file. */
    static String glob(Path path) {
        if (Files.isRegularFile(path)) {
            return path.toAbsolutePath().toString();
        }
        if (!Files.isDirectory(path)) {
            throw TouchpointException.userError("no such file or folder: " + path);
        }
        try (Stream<Path> files = Files.walk(path)) {
            if (files.noneMatch(file -> file.getFileName().toString().endsWith(".parquet"))) {
                throw TouchpointException.userError("no .parquet file below " + path + "; give the Spark job's "
                        + "OUTPUT/findings folder");
            }
        } catch (IOException e) {
            throw TouchpointException.external("cannot list " + path + ": " + e.getMessage(), e);
        }
        return path.toAbsolutePath() + "/**/*.parquet";
    }
}
