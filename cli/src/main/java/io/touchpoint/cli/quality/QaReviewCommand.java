package io.touchpoint.cli.quality;

import io.touchpoint.core.TouchpointException;
import io.touchpoint.quality.Answer;
import io.touchpoint.quality.ReviewOutcome;
import io.touchpoint.quality.ReviewSubmission;
import io.touchpoint.store.TouchpointStore;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code touchpoint qa review ITEM --answer Q=yes ...}: a reviewer confirms or overturns machine answers. */
@Command(name = "review", mixinStandardHelpOptions = true,
        description = {"Confirms or overturns the machine's answers on a review item. An answer equal to the machine's "
                + "confirms it, another overturns it; the final score uses the human answers; every answer is written "
                + "to the audit log. The item closes when every flagged answer has a human one.",
            "Example: touchpoint qa review 12 --answer mini_miranda=yes --answer greeting=yes "
                    + "--comment 'disclosure at 0:04' --reviewer ana"})
public final class QaReviewCommand implements Callable<Integer> {

    @Mixin
    QualityOptions options;

    @Parameters(paramLabel = "ITEM", description = "The review item's number (from 'touchpoint qa queue').")
    long itemId;

    @Option(names = "--answer", paramLabel = "QUESTION=ANSWER", description = "A question's answer: yes, no or na. Repeatable.")
    List<String> answers = List.of();

    @Option(names = "--confirm-rest", description = "Confirm every flagged answer not given with --answer.")
    boolean confirmRest;

    @Option(names = "--comment", defaultValue = "", description = "Why; kept with every answer and in the audit log.")
    String comment;

    @Option(names = "--reviewer", required = true, paramLabel = "NAME", description = "Who reviews (recorded in the audit log).")
    String reviewer;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Map<String, Answer> parsed = new LinkedHashMap<>();
        for (String answer : answers) {
            int equals = answer.indexOf('=');
            if (equals <= 0) {
                throw TouchpointException.userError("--answer '" + answer + "' must be QUESTION=yes|no|na, e.g. greeting=yes");
            }
            try {
                parsed.put(answer.substring(0, equals).trim(), Answer.parse(answer.substring(equals + 1)));
            } catch (IllegalArgumentException e) {
                throw TouchpointException.userError("--answer '" + answer + "': " + e.getMessage());
            }
        }
        ReviewSubmission submission;
        try {
            submission = new ReviewSubmission(reviewer, parsed, comment, confirmRest);
        } catch (IllegalArgumentException e) {
            throw TouchpointException.userError(e.getMessage());
        }
        PrintWriter out = spec.commandLine().getOut();
        try (TouchpointStore store = options.open()) {
            ReviewOutcome outcome = options.service(store).review(itemId, submission);
            if (options.json()) {
                QualityOptions.printJson(out, outcome);
            } else {
                for (ReviewOutcome.RecordedAnswer answer : outcome.recorded()) {
                    out.printf("%-28s machine %-3s human %-3s %s (audit #%d)%n", answer.question(),
                            answer.machineAnswer().wireName(), answer.humanAnswer().wireName(),
                            answer.overturned() ? "overturned" : "confirmed", answer.auditSeq());
                }
                out.printf("score: machine %s, final %s (%s)%n", QualityOptions.number(outcome.autoScore().value()),
                        QualityOptions.number(outcome.finalScore().value()), outcome.finalLabel());
                out.println(outcome.closed() ? "item " + itemId + " reviewed and closed"
                        : "item " + itemId + " stays open: still to answer " + outcome.stillFlagged());
            }
        }
        out.flush();
        return 0;
    }
}
