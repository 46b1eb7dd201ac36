package io.touchpoint.cli.commands;

import io.touchpoint.core.TouchpointException;
import io.touchpoint.simulator.ContactCenterSimulator;
import io.touchpoint.simulator.SimulatedContactCenter;
import io.touchpoint.simulator.SimulationConfig;
import io.touchpoint.simulator.SimulationWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "generate", mixinStandardHelpOptions = true,
        description = {"Writes a synthetic telecom contact center with planted, known patterns: interactions on six channels "
                + "(NDJSON, an mbox of e-mail threads, a CSV of social threads), CRM customers, agents, desktop events, "
                + "and ground-truth.json saying which interaction carries which pattern.",
            "The same seed always gives the same files."})
public final class GenerateCommand implements Callable<Integer> {

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder to write.")
    Path out;

    @Option(names = "--interactions", defaultValue = "10000", description = "How many interactions (default: ${DEFAULT-VALUE}).")
    int interactions;

    @Option(names = "--seed", defaultValue = "42", description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter writer = spec.commandLine().getOut();
        long started = System.nanoTime();
        SimulatedContactCenter center = generate(interactions, seed);
        var files = SimulationWriter.write(center, out);
        writer.printf("generated %,d interactions, %,d customers, %,d agents, %,d desktop events in %.1f s into %s%n",
                center.interactions().size(), center.customers().size(), center.agents().size(),
                center.desktopEvents().size(), (System.nanoTime() - started) / 1e9, out.toAbsolutePath());
        writer.println("files: " + files);
        writer.flush();
        return 0;
    }

    static SimulatedContactCenter generate(int interactions, long seed) {
        if (interactions < 1) {
            throw TouchpointException.userError("--interactions must be at least 1, got " + interactions);
        }
        return new ContactCenterSimulator(SimulationConfig.of(interactions, seed)).generate();
    }
}
