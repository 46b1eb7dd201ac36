package io.touchpoint.cli.commands;

import io.touchpoint.cli.analysis.StoredAnalyses;
import io.touchpoint.rules.RuleDebugger;
import io.touchpoint.rules.RuleSet;
import io.touchpoint.rules.RuleTestReport;
import io.touchpoint.store.TouchpointStore;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "rules", mixinStandardHelpOptions = true,
        description = "Work on category, event and compliance rules (the language is in docs/rules.md).",
        subcommands = {RulesCommand.Test.class, RulesCommand.Check.class})
public final class RulesCommand {

    @Command(name = "test", mixinStandardHelpOptions = true,
            description = {"The rule debugger: runs a rule file over stored interactions and shows how often each rule "
                    + "matches, with example hits and the words that matched, before the file is saved into the pipeline.",
                "Bad rules are reported with file, line and column."})
    static final class Test implements Callable<Integer> {

        @Mixin
        DataOptions data;

        @Parameters(index = "0", paramLabel = "FILE.yaml", description = "The rule file to test.")
        Path file;

        @Option(names = "--limit", defaultValue = "2000", description = "Test on the most recent N interactions (default: ${DEFAULT-VALUE}).")
        int limit;

        @Option(names = "--examples", defaultValue = "5", description = "Example hits per rule (default: ${DEFAULT-VALUE}).")
        int examples;

        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            RuleSet rules = RuleSet.load(List.of(file));
            PrintWriter out = spec.commandLine().getOut();
            try (TouchpointStore store = data.open()) {
                var interactions = StoredAnalyses.recent(store, limit, false).stream()
                        .map(analyzed -> StoredAnalyses.without(analyzed, RuleSet.ANALYZER_NAME));
                RuleTestReport report = RuleDebugger.test(rules, interactions, limit, examples);
                out.print(report.render());
                out.flush();
            }
            return 0;
        }
    }

    @Command(name = "check", mixinStandardHelpOptions = true,
            description = "Compiles rule files (with the built-in packs) and runs the example conversations written beside each rule.")
    static final class Check implements Callable<Integer> {

        @Parameters(arity = "0..*", paramLabel = "FILE.yaml", description = "Rule files; none checks the built-in packs.")
        List<Path> files = List.of();

        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            RuleSet rules = files.isEmpty() ? RuleSet.builtIn() : RuleSet.builtInWith(files);
            List<String> failures = RuleDebugger.checkExamples(rules);
            PrintWriter out = spec.commandLine().getOut();
            out.printf("%d rules, %d Lucene queries compiled%n", rules.rules().size(), rules.queryCount());
            failures.forEach(failure -> out.println("example failed: " + failure));
            out.println(failures.isEmpty() ? "every example behaves as written" : failures.size() + " examples failed");
            out.flush();
            return failures.isEmpty() ? 0 : io.touchpoint.cli.ExitCodes.USAGE;
        }
    }
}
