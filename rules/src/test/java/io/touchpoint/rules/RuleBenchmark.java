package io.touchpoint.rules;

import io.touchpoint.core.analysis.AnalyzedInteraction;
import io.touchpoint.core.model.Interaction;
import io.touchpoint.rules.engine.PercolatorPhases;
import io.touchpoint.simulator.ContactCenterSimulator;
import io.touchpoint.simulator.SimulationConfig;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Throughput of rule evaluation: the built-in packs plus generated phrase, NEAR, speaker and
 * sequence rules up to 300 rules, on simulated interactions, with one and with two threads.
 * Not a unit test (timings are never asserted); run it as described in docs/rules.md:
 *
 * <pre>
 * java -cp ... io.touchpoint.rules.RuleBenchmark [interactions=5000] [rules=300]
 * </pre>
 */
public final class RuleBenchmark {

    private static final String[] WORDS = {"bill", "charge", "refund", "router", "modem", "signal", "payment", "account",
        "discount", "upgrade", "contract", "outage", "speed", "technician", "appointment", "password", "voicemail",
        "roaming", "sim", "plan", "data", "invoice", "credit", "balance", "fee", "phone", "internet", "wifi", "cable",
        "order", "delivery", "return", "warranty", "screen", "battery", "manager", "cancel", "switch", "late", "twice"};

    private RuleBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 5000;
        int ruleCount = args.length > 1 ? Integer.parseInt(args[1]) : 300;
        List<Interaction> interactions = new ContactCenterSimulator(SimulationConfig.of(count, 42L)).generate().interactions();
        List<RuleSource> sources = new ArrayList<>(RuleSet.builtInSources());
        int builtIn = RuleSet.fromSources(sources, () -> null).rules().size();
        sources.add(RuleSource.of("generated.yaml", generatedRules(Math.max(0, ruleCount - builtIn))));
        RuleSet rules = RuleSet.fromSources(sources, () -> null);
        List<AnalyzedInteraction> inputs = interactions.stream().map(AnalyzedInteraction::of).toList();
        System.out.printf(Locale.ROOT, "%d rules (%d built-in), %d Lucene queries, %d interactions, %.1f turns each%n",
                rules.rules().size(), builtIn, rules.queryCount(), inputs.size(),
                inputs.stream().mapToInt(i -> i.interaction().turns().size()).average().orElse(0));
        // Warm-up: two passes bring the JIT to its steady state.
        run(rules, inputs, 1);
        run(rules, inputs, 1);
        // CPU time of the evaluating thread: steadier than wall time on a machine shared with other jobs.
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        long cpuStarted = cpu.getCurrentThreadCpuTime();
        for (AnalyzedInteraction input : inputs) {
            rules.findings(input);
        }
        double cpuSeconds = (cpu.getCurrentThreadCpuTime() - cpuStarted) / 1e9;
        System.out.printf(Locale.ROOT, "1 thread, CPU time: %.0f interactions per CPU second (%.0f us each)%n",
                inputs.size() / cpuSeconds, cpuSeconds * 1e6 / inputs.size());
        for (int threads : new int[] {1, 2}) {
            double perSecond = run(rules, inputs, threads);
            System.out.printf(Locale.ROOT, "%d thread(s): %.0f interactions/s (%.0f us each)%n", threads, perSecond,
                    1e6 / perSecond * threads);
        }
        // Where the time goes: the lexical phases timed one by one; the rest is condition logic and findings.
        System.out.println(PercolatorPhases.measure(sources, interactions));
    }

    private static double run(RuleSet rules, List<AnalyzedInteraction> inputs, int threads) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            long started = System.nanoTime();
            List<Future<Long>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int offset = t;
                futures.add(pool.submit(() -> {
                    long findings = 0;
                    for (int i = offset; i < inputs.size(); i += threads) {
                        findings += rules.findings(inputs.get(i)).size();
                    }
                    return findings;
                }));
            }
            long findings = 0;
            for (Future<Long> future : futures) {
                findings += future.get();
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            if (findings == 0) {
                throw new IllegalStateException("no findings at all: the benchmark measured nothing");
            }
            return inputs.size() / seconds;
        } finally {
            pool.shutdown();
        }
    }

    /** Plausible user rules: phrase lists, NEAR pairs, speaker and sequence conditions over common words. */
    public static String generatedRules(int count) {
        Random random = new Random(7);
        StringBuilder yaml = new StringBuilder("pack: generated\nrules:\n");
        for (int i = 0; i < count; i++) {
            String a = WORDS[random.nextInt(WORDS.length)];
            String b = WORDS[random.nextInt(WORDS.length)];
            String c = WORDS[random.nextInt(WORDS.length)];
            String when = switch (i % 4) {
                case 0 -> "{phrases: [\"" + a + " " + b + "\", \"(my|the) " + c + "*\"], speaker: customer}";
                case 1 -> "{near: [" + a + ", " + b + "], within: 4}";
                case 2 -> "{after: {phrases: [" + a + "], speaker: customer}, then: {phrases: [\"" + b + "\"], speaker: agent},"
                        + " within: 3 turns}";
                default -> "{all: [{phrases: [" + a + "]}, {not: {phrases: [\"" + c + " " + b + "\"]}}], first: 60s}";
            };
            yaml.append("  - {id: generated_").append(i).append(", type: category, category: 'Generated/Rule ").append(i)
                    .append("', when: ").append(when).append("}\n");
        }
        return yaml.toString();
    }
}
