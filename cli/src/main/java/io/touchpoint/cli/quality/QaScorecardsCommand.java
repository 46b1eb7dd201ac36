package io.touchpoint.cli.quality;

import io.touchpoint.cli.output.Table;
import io.touchpoint.quality.scorecard.Applicability;
import io.touchpoint.quality.scorecard.Question;
import io.touchpoint.quality.scorecard.Scorecard;
import io.touchpoint.quality.scorecard.ScorecardLibrary;
import io.touchpoint.quality.scorecard.Section;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code touchpoint qa scorecards [NAME]}: lists the scorecards, or shows one question by question. */
@Command(name = "scorecards", mixinStandardHelpOptions = true,
        description = {"Lists the scorecards in use (built-in and --scorecards files), or shows one with its sections, "
                + "questions, weights and where each answer comes from. Also checks scorecard files: a bad file exits "
                + "with 2 and every problem with its line.",
            "Example: touchpoint qa scorecards collections --scorecards my-card.yaml"})
public final class QaScorecardsCommand implements Callable<Integer> {

    @Mixin
    QualityOptions options;

    @Parameters(arity = "0..1", paramLabel = "NAME", description = "A scorecard to show.")
    String name;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        ScorecardLibrary library = options.scorecards();
        PrintWriter out = spec.commandLine().getOut();
        if (name == null) {
            if (options.json()) {
                QualityOptions.printJson(out, library.all());
                return 0;
            }
            Table table = new Table(70, "scorecard", "title", "applies to", "pass mark", "questions", "auto-fail", "source");
            for (Scorecard card : library.all()) {
                table.row(card.name(), card.title(), scope(card.appliesTo()), QualityOptions.number(card.passMark()),
                        card.questions().size(), card.questions().stream().filter(Question::autoFail).count(), card.source());
            }
            table.print(out);
        } else {
            Scorecard card = library.get(name);
            if (options.json()) {
                QualityOptions.printJson(out, card);
                return 0;
            }
            out.printf("%s: %s%n%s%napplies to: %s; pass mark %s; review when confidence < %.2f or within %s points of the "
                    + "pass mark%n", card.name(), card.title(), card.description(), scope(card.appliesTo()),
                    QualityOptions.number(card.passMark()), card.review().minConfidence(),
                    QualityOptions.number(card.review().borderline()));
            Table table = new Table(70, "section", "weight", "question", "weight", "answer from", "when", "auto-fail", "text");
            for (Section section : card.sections()) {
                for (Question question : section.questions()) {
                    table.row(section.id(), QualityOptions.number(section.weight()), question.id(),
                            QualityOptions.number(question.weight()), question.source().reference(), scope(question.when()),
                            question.autoFail() ? "yes" : "", question.text());
                }
            }
            table.print(out);
        }
        out.flush();
        return 0;
    }

    static String scope(Applicability scope) {
        if (scope.isAny()) {
            return "any";
        }
        StringBuilder text = new StringBuilder();
        if (!scope.channels().isEmpty()) {
            text.append("channels ").append(scope.channels().stream().map(channel -> channel.wireName()).sorted().toList()).append(' ');
        }
        if (!scope.directions().isEmpty()) {
            text.append("directions ").append(scope.directions().stream().map(direction -> direction.wireName()).sorted()
                    .toList()).append(' ');
        }
        if (!scope.queues().isEmpty()) {
            text.append("queues ").append(scope.queues()).append(' ');
        }
        if (!scope.notQueues().isEmpty()) {
            text.append("not queues ").append(scope.notQueues()).append(' ');
        }
        if (!scope.findings().isEmpty()) {
            text.append("after any of ").append(scope.findings()).append(' ');
        }
        return text.toString().trim();
    }
}
