package io.touchpoint.cli.quality;

import io.touchpoint.quality.RefreshResult;
import io.touchpoint.store.TouchpointStore;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

/** {@code touchpoint qa refresh}: fills the review queue from the latest analysis. */
@Command(name = "refresh", mixinStandardHelpOptions = true,
        description = {"Puts every verdict that matters (auto-fail, compliance breach, low score) and rests on uncertain "
                + "evidence (low speech confidence, a semantic match, a borderline score) in the review queue, and "
                + "recomputes the final scores of reviewed interactions. Run it after 'touchpoint analyze'; re-running "
                + "adds nothing twice."})
public final class QaRefreshCommand implements Callable<Integer> {

    @Mixin
    QualityOptions options;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (TouchpointStore store = options.open()) {
            RefreshResult result = options.service(store).refreshQueue();
            if (options.json()) {
                QualityOptions.printJson(out, result);
            } else {
                out.printf("%,d scored interactions examined, %,d review items added%s, %,d final scores recomputed%n",
                        result.examined(), result.addedTotal(), result.added().isEmpty() ? "" : " " + result.added(),
                        result.rescored());
            }
        }
        out.flush();
        return 0;
    }
}
