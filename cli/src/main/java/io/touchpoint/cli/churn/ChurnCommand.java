package io.touchpoint.cli.churn;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code touchpoint churn}: train, score and evaluate churn models on a CSV table or on the store. */
@Command(name = "churn", mixinStandardHelpOptions = true,
        description = "Churn prediction with reasons: train a model, score customers, evaluate a model.",
        subcommands = {ChurnTrainCommand.class, ChurnScoreCommand.class, ChurnEvaluateCommand.class})
public final class ChurnCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing a subcommand: train, score or evaluate");
    }
}
