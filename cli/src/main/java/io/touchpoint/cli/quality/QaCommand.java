package io.touchpoint.cli.quality;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code touchpoint qa}: scorecards, the review queue, sampling, coaching and rule precision. */
@Command(name = "qa", mixinStandardHelpOptions = true,
        description = {"Quality assurance: every interaction is scored by 'touchpoint analyze'; these commands show the "
                + "scorecards, run the human review queue, sample for review, coach agents and report rule precision. "
                + "See docs/quality.md.",
            "Typical round: touchpoint qa refresh; touchpoint qa queue; touchpoint qa show 12; "
                    + "touchpoint qa review 12 --answer mini_miranda=yes --comment 'said at 0:04' --reviewer ana"},
        subcommands = {QaScorecardsCommand.class, QaRefreshCommand.class, QaQueueCommand.class, QaShowCommand.class,
            QaReviewCommand.class, QaDisputeCommand.class, QaSampleCommand.class, QaCoachCommand.class,
            QaPrecisionCommand.class})
public final class QaCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(),
                "Missing a subcommand: scorecards, refresh, queue, show, review, dispute, sample, coach or precision");
    }
}
