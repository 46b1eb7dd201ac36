package io.touchpoint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.touchpoint.core.analysis.AnalyzedInteraction;
import io.touchpoint.core.analysis.Finding;
import io.touchpoint.core.model.Interaction;
import io.touchpoint.simulator.ContactCenterSimulator;
import io.touchpoint.simulator.SimulationConfig;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** A rule set is shared by threads (each re-uses its own transcript index): results must not depend on that. */
class RuleSetConcurrencyTest {

    @Test
    void evaluatingOnSeveralThreadsGivesTheSameFindingsAsOneThread() throws Exception {
        List<RuleSource> sources = new ArrayList<>(RuleSet.builtInSources());
        sources.add(RuleSource.of("generated.yaml", RuleBenchmark.generatedRules(100)));
        RuleSet rules = RuleSet.fromSources(sources, () -> {
            throw new AssertionError("no semantic rule here");
        });
        List<Interaction> interactions = new ContactCenterSimulator(SimulationConfig.of(300, 5L)).generate().interactions();
        List<List<Finding>> sequential = interactions.stream().map(i -> rules.findings(AnalyzedInteraction.of(i))).toList();

        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            List<Future<List<Finding>>> futures = new ArrayList<>();
            for (Interaction interaction : interactions) {
                futures.add(pool.submit(() -> rules.findings(AnalyzedInteraction.of(interaction))));
            }
            for (int i = 0; i < interactions.size(); i++) {
                assertThat(futures.get(i).get()).as(interactions.get(i).id()).isEqualTo(sequential.get(i));
            }
        } finally {
            pool.shutdown();
        }
        assertThat(sequential.stream().mapToInt(List::size).sum()).isGreaterThan(1000);
    }
}
