package io.touchpoint.cli.scale;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code touchpoint store}: maintenance of the embedded store. */
@Command(name = "store", mixinStandardHelpOptions = true,
        description = "Maintenance of the embedded store: load results computed elsewhere.",
        subcommands = {ImportParquetCommand.class})
public final class StoreCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing a command: try 'touchpoint store import-parquet DIR'");
    }
}
