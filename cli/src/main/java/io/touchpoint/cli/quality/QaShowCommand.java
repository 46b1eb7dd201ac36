package io.touchpoint.cli.quality;

import io.touchpoint.quality.AnswerView;
import io.touchpoint.quality.EvidenceView;
import io.touchpoint.quality.ReviewDetail;
import io.touchpoint.store.TouchpointStore;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code touchpoint qa show ITEM}: one review item with every answer and the words behind it. */
@Command(name = "show", mixinStandardHelpOptions = true,
        description = {"Shows one review item: every question with the machine's answer, its confidence and evidence "
                + "(the words, and the position in the audio for calls), which answers to check and why, and the score "
                + "before and after human answers."})
public final class QaShowCommand implements Callable<Integer> {

    @Mixin
    QualityOptions options;

    @Parameters(paramLabel = "ITEM", description = "The review item's number (from 'touchpoint qa queue').")
    long itemId;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (TouchpointStore store = options.open()) {
            ReviewDetail detail = options.service(store).item(itemId);
            if (options.json()) {
                QualityOptions.printJson(out, detail);
            } else {
                print(out, detail);
            }
        }
        out.flush();
        return 0;
    }

    static void print(PrintWriter out, ReviewDetail detail) {
        var item = detail.item();
        out.printf("review item %d: interaction %s (%s, agent %s), scorecard %s, %s%s%n", item.id(), item.interactionId(),
                item.channel(), item.agentId() == null ? "-" : item.agentId(), item.scorecard(),
                item.source().equals(item.trigger()) ? item.trigger() : item.source() + ": " + item.trigger(),
                item.note().isEmpty() ? "" : " — " + item.note());
        out.printf("score: machine %s (%s), with human answers %s (%s); pass mark %s; status %s%n",
                QualityOptions.number(detail.autoScore().value()), detail.autoScore().label(detail.passMark()),
                QualityOptions.number(detail.finalScore().value()), detail.finalScore().label(detail.passMark()),
                QualityOptions.number(detail.passMark()), item.status());
        for (AnswerView answer : detail.answers()) {
            out.printf("%n%s %-28s %-3s conf %.2f%s%s%s   %s%n", answer.flagged() ? "*" : " ", answer.question(),
                    answer.machineAnswer().wireName(), answer.confidence(), answer.semantic() ? " semantic" : "",
                    answer.autoFail() ? " auto-fail" : "",
                    answer.human().map(human -> " -> human " + human.wireName()).orElse(""), answer.text());
            out.printf("    %s (%s)%n", answer.why(), answer.source());
            if (answer.flagged()) {
                out.printf("    to check: %s%n", String.join("; ", answer.flagReasons()));
            }
            for (EvidenceView evidence : answer.evidence()) {
                if (evidence.wholeInteraction()) {
                    continue;
                }
                out.printf("    [%s-%s%s] %s: \"%s\"%n", QualityOptions.time(evidence.startMs()),
                        QualityOptions.time(evidence.endMs()), evidence.audioUri() == null ? "" : " in " + evidence.audioUri(),
                        evidence.speaker(), evidence.quote());
            }
        }
        out.printf("%n* = flagged. Answer with: touchpoint qa review %d --answer QUESTION=yes|no|na ... --comment TEXT "
                + "--reviewer NAME [--confirm-rest]%n", item.id());
    }
}
