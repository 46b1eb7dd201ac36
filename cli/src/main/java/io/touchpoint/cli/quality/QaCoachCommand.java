package io.touchpoint.cli.quality;

import io.touchpoint.cli.output.Table;
import io.touchpoint.core.TouchpointException;
import io.touchpoint.quality.CoachingQuery;
import io.touchpoint.quality.CoachingReport;
import io.touchpoint.quality.EvidenceView;
import io.touchpoint.store.TouchpointStore;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code touchpoint qa coach AGENT}: an agent's strengths, weaknesses, trend and examples to learn from. */
@Command(name = "coach", mixinStandardHelpOptions = true,
        description = {"Coaching for one agent against their team: question pass rates where they do better and worse, "
                + "their score week by week, and for each weakness their own misses and a top agent's best handling of "
                + "the same question (the same contact reason where possible).",
            "Example: touchpoint qa coach A-7 --examples 2"})
public final class QaCoachCommand implements Callable<Integer> {

    @Mixin
    QualityOptions options;

    @Parameters(paramLabel = "AGENT", description = "The agent's id.")
    String agentId;

    @Option(names = "--min-answers", defaultValue = "5", description = "Questions with fewer answers are skipped (default: ${DEFAULT-VALUE}).")
    int minAnswers;

    @Option(names = "--margin", defaultValue = "0.10",
            description = "Pass-rate difference to the team that makes a strength or weakness (default: ${DEFAULT-VALUE}).")
    double margin;

    @Option(names = "--weeks", defaultValue = "8", description = "Weeks in the trend (default: ${DEFAULT-VALUE}).")
    int weeks;

    @Option(names = "--examples", defaultValue = "2", description = "Examples per weakness (default: ${DEFAULT-VALUE}).")
    int examples;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        CoachingQuery query;
        try {
            query = new CoachingQuery(minAnswers, margin, weeks, examples);
        } catch (IllegalArgumentException e) {
            throw TouchpointException.userError(e.getMessage());
        }
        PrintWriter out = spec.commandLine().getOut();
        try (TouchpointStore store = options.open()) {
            CoachingReport report = options.service(store).coach(agentId, query);
            if (options.json()) {
                QualityOptions.printJson(out, report);
            } else {
                print(out, report);
            }
        }
        out.flush();
        return 0;
    }

    static void print(PrintWriter out, CoachingReport report) {
        out.printf("agent %s%s, team %s: %,d scored interactions, mean score %s (team %s)%n", report.agentId(),
                report.agentName() == null ? "" : " (" + report.agentName() + ")", report.team() == null ? "all agents" : report.team(),
                report.scored(), QualityOptions.number(report.meanScore()), QualityOptions.number(report.teamMeanScore()));
        standings(out, "strengths", report.strengths());
        standings(out, "weaknesses", report.weaknesses());
        if (!report.trend().isEmpty()) {
            out.println();
            out.println("score by week:");
            Table table = new Table("week", "interactions", "agent", "team");
            for (CoachingReport.WeekPoint week : report.trend()) {
                table.row(week.week(), week.agentInteractions(), QualityOptions.number(week.agentScore()),
                        QualityOptions.number(week.teamScore()));
            }
            table.print(out);
        }
        for (CoachingReport.CoachingPoint point : report.coachingPoints()) {
            out.println();
            out.printf("coaching point: %s / %s — %s%n", point.weakness().scorecard(), point.weakness().question(),
                    point.weakness().text());
            for (CoachingReport.Example miss : point.misses()) {
                out.printf("  missed in %s (%s)%s%n", miss.interactionId(), miss.contactReason() == null ? "no reason" : miss.contactReason(),
                        quote(miss.evidence()));
            }
            for (CoachingReport.Example best : point.bestPractice()) {
                out.printf("  best practice by %s in %s (%s)%s%n", best.agentId(), best.interactionId(),
                        best.contactReason() == null ? "no reason" : best.contactReason(), quote(best.evidence()));
            }
        }
        out.flush();
    }

    private static void standings(PrintWriter out, String title, List<CoachingReport.QuestionStanding> standings) {
        out.println();
        if (standings.isEmpty()) {
            out.println(title + ": none beyond the margin");
            return;
        }
        out.println(title + ":");
        Table table = new Table(60, "scorecard", "question", "agent", "team", "answers", "top agent", "question text");
        for (CoachingReport.QuestionStanding standing : standings) {
            table.row(standing.scorecard(), standing.question(), QualityOptions.percent(standing.agentPassRate()),
                    QualityOptions.percent(standing.teamPassRate()), standing.agentAnswers(),
                    standing.topAgentId() == null ? "-" : standing.topAgentId() + " " + QualityOptions.percent(standing.topAgentPassRate()),
                    standing.text());
        }
        table.print(out);
    }

    private static String quote(List<EvidenceView> evidence) {
        return evidence.stream().filter(view -> !view.wholeInteraction()).findFirst()
                .map(view -> ": [" + QualityOptions.time(view.startMs()) + "] " + view.speaker() + ": \"" + view.quote() + "\"")
                .orElse("");
    }
}
