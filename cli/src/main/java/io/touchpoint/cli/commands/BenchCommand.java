package io.touchpoint.cli.commands;

import io.touchpoint.cli.server.LiveBenchCommand;
import io.touchpoint.cli.speech.SpeechBenchCommand;
import picocli.CommandLine.Command;

/** {@code touchpoint bench ingest|live|speech}: the benchmarks whose figures docs/benchmarks.md records. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measures throughput, latency, accuracy and memory, and prints the figures for docs/benchmarks.md.",
        subcommands = {IngestBenchCommand.class, LiveBenchCommand.class, SpeechBenchCommand.class})
public final class BenchCommand {
}
