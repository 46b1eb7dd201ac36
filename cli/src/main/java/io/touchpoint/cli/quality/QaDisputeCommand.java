package io.touchpoint.cli.quality;

import io.touchpoint.core.TouchpointException;
import io.touchpoint.quality.DisputeRequest;
import io.touchpoint.quality.ReviewItem;
import io.touchpoint.store.TouchpointStore;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code touchpoint qa dispute INTERACTION --by AGENT --reason TEXT}: an agent disputes a score. */
@Command(name = "dispute", mixinStandardHelpOptions = true,
        description = {"An agent disputes a QA score: the interaction goes back to the review queue, first in line, with "
                + "the disputed questions (default: every question answered no). Written to the audit log.",
            "Example: touchpoint qa dispute call-000123 --by A-7 --reason 'I gave the disclosure at 0:05' "
                    + "--question recording_disclosure"})
public final class QaDisputeCommand implements Callable<Integer> {

    @Mixin
    QualityOptions options;

    @Parameters(paramLabel = "INTERACTION", description = "The disputed interaction's id.")
    String interactionId;

    @Option(names = "--scorecard", description = "The disputed scorecard (needed when the interaction has several).")
    String scorecard;

    @Option(names = "--question", split = ",", paramLabel = "QUESTION", description = "Disputed questions (repeatable).")
    List<String> questions = List.of();

    @Option(names = "--by", required = true, paramLabel = "WHO", description = "Who disputes (an agent id or name).")
    String by;

    @Option(names = "--reason", required = true, paramLabel = "TEXT", description = "Why, for the reviewer.")
    String reason;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        DisputeRequest request;
        try {
            request = new DisputeRequest(interactionId, scorecard, by, reason, questions);
        } catch (IllegalArgumentException e) {
            throw TouchpointException.userError(e.getMessage());
        }
        PrintWriter out = spec.commandLine().getOut();
        try (TouchpointStore store = options.open()) {
            ReviewItem item = options.service(store).dispute(request);
            if (options.json()) {
                QualityOptions.printJson(out, item);
            } else {
                out.printf("dispute recorded: review item %d (%s) for %s on %s, questions %s%n", item.id(), item.source(),
                        item.interactionId(), item.scorecard(),
                        item.flagged().stream().map(flag -> flag.question()).toList());
            }
        }
        out.flush();
        return 0;
    }
}
