package io.touchpoint.cli;

import io.touchpoint.cli.churn.ChurnCommand;
import io.touchpoint.cli.kpi.KpiCommand;
import io.touchpoint.cli.text.ClassifierCommand;
import io.touchpoint.cli.text.SentimentCommand;
import io.touchpoint.cli.scale.IngestKafkaCommand;
import io.touchpoint.cli.scale.StoreCommand;
import io.touchpoint.cli.commands.AnalyzeCommand;
import io.touchpoint.cli.commands.BenchCommand;
import io.touchpoint.cli.commands.CategoriesCommand;
import io.touchpoint.cli.commands.ReportCommand;
import io.touchpoint.cli.commands.RulesCommand;
import io.touchpoint.cli.commands.DemoCommand;
import io.touchpoint.cli.commands.GenerateCommand;
import io.touchpoint.cli.commands.IngestCommand;
import io.touchpoint.cli.commands.JourneyCommand;
import io.touchpoint.cli.commands.SearchCommand;
import io.touchpoint.cli.commands.ShowCommand;
import io.touchpoint.cli.commands.StatsCommand;
import io.touchpoint.core.TouchpointException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The top-level {@code touchpoint} command: only subcommands do work. */
@Command(
        name = "touchpoint",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Interaction analytics for contact centers: every touchpoint in one place.",
        subcommands = {
            DemoCommand.class,
            GenerateCommand.class,
            IngestCommand.class,
            AnalyzeCommand.class,
            StatsCommand.class,
            SearchCommand.class,
            JourneyCommand.class,
            ShowCommand.class,
            CategoriesCommand.class,
            KpiCommand.class,
            RulesCommand.class,
            ReportCommand.class,
            ChurnCommand.class,
            ClassifierCommand.class,
            SentimentCommand.class,
            IngestKafkaCommand.class,
            StoreCommand.class,
            BenchCommand.class,
            io.touchpoint.cli.insight.WhatIfCommand.class, io.touchpoint.cli.insight.ObjectivesCommand.class,
            io.touchpoint.cli.quality.QaCommand.class,
            io.touchpoint.cli.server.ServeCommand.class,
            io.touchpoint.cli.speech.TranscribeCommand.class, io.touchpoint.cli.speech.ModelsCommand.class,
            CommandLine.HelpCommand.class
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:success",
            "1:internal or environment error",
            "2:usage error or bad input the user can fix",
            "3:ingest: some records were rejected (see the dead-letter file)",
            "4:ingest: nothing could be read"
        })
public final class TouchpointCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing a command: try 'touchpoint demo' or 'touchpoint --help'");
    }

    /** A command line with Touchpoint's error handling: user errors print a message, not a stack trace. */
    public static CommandLine commandLine() {
        CommandLine commandLine = new CommandLine(new TouchpointCommand());
        // Wire names ("customer", "chat") as everywhere else in Touchpoint, with the allowed values in the error.
        commandLine.registerConverter(io.touchpoint.core.model.Channel.class, io.touchpoint.core.model.Channel::parse);
        commandLine.registerConverter(io.touchpoint.core.model.Speaker.class, io.touchpoint.core.model.Speaker::parse);
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        commandLine.setExecutionExceptionHandler((exception, cmd, parseResult) -> {
            if (exception instanceof TouchpointException touchpoint) {
                cmd.getErr().println("error: " + touchpoint.getMessage());
                return switch (touchpoint.kind()) {
                    case USER_ERROR -> ExitCodes.USAGE;
                    case EXTERNAL, INTERNAL -> ExitCodes.ERROR;
                };
            }
            cmd.getErr().println("error: " + exception);
            exception.printStackTrace(cmd.getErr());
            return ExitCodes.ERROR;
        });
        return commandLine;
    }
}
