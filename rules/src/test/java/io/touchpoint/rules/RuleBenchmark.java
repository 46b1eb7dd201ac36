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
 * java -cp ... io.touchpoint.rules.RuleBenchmark [interactions=5000] [rules=300] [alternatives=0] [phonetic=0]
 * </pre>
 *
 * <p>{@code alternatives}: recognizer alternatives ({@code speech.alternatives}) added to every
 * turn, each the turn's text with one word changed; {@code phonetic}: {@code sounds_like} rules
 * added (they need a pronunciation dictionary, see docs/rules.md).
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
        int alternatives = args.length > 2 ? Integer.parseInt(args[2]) : 0;
        int phonetic = args.length > 3 ? Integer.parseInt(args[3]) : 0;
        List<Interaction> interactions = new ContactCenterSimulator(SimulationConfig.of(count, 42L)).generate().interactions();
        if (alternatives > 0) {
            interactions = withAlternatives(interactions, alternatives);
        }
        List<RuleSource> sources = new ArrayList<>(RuleSet.builtInSources());
        int builtIn = RuleSet.fromSources(sources, () -> null).rules().size();
        sources.add(RuleSource.of("generated.yaml", generatedRules(Math.max(0, ruleCount - builtIn - phonetic))));
        if (phonetic > 0) {
            sources.add(RuleSource.of("phonetic.yaml", phoneticRules(phonetic)));
        }
        RuleSet rules = RuleSet.fromSources(sources, () -> null);
        List<AnalyzedInteraction> inputs = interactions.stream().map(AnalyzedInteraction::of).toList();
        System.out.printf(Locale.ROOT, "%d rules (%d built-in, %d sounds_like), %d Lucene queries, %d interactions, "
                + "%.1f turns each, %d alternatives per turn%n", rules.rules().size(), builtIn, phonetic, rules.queryCount(),
                inputs.size(), inputs.stream().mapToInt(i -> i.interaction().turns().size()).average().orElse(0), alternatives);
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

    /** Each turn gets {@code perTurn} alternatives: its text with one word replaced by another or dropped. */
    static List<Interaction> withAlternatives(List<Interaction> interactions, int perTurn) {
        Random random = new Random(11);
        List<Interaction> out = new ArrayList<>(interactions.size());
        for (Interaction i : interactions) {
            List<io.touchpoint.rules.engine.TurnAlternatives.Alternative> alternatives = new ArrayList<>();
            for (int t = 0; t < i.turns().size(); t++) {
                String[] words = i.turns().get(t).text().split("\\s+");
                for (int k = 0; k < perTurn; k++) {
                    String[] changed = words.clone();
                    int at = random.nextInt(changed.length);
                    changed[at] = random.nextBoolean() ? WORDS[random.nextInt(WORDS.length)] : "";
                    alternatives.add(new io.touchpoint.rules.engine.TurnAlternatives.Alternative(t, k + 1,
                            String.join(" ", changed).replaceAll("\\s+", " ").strip()));
                }
            }
            java.util.Map<String, String> attributes = new java.util.HashMap<>(i.attributes());
            attributes.put(io.touchpoint.rules.engine.TurnAlternatives.ATTRIBUTE,
                    io.touchpoint.rules.engine.TurnAlternatives.format(alternatives));
            out.add(new Interaction(i.id(), i.channel(), i.direction(), i.startedAt(), i.endedAt(), i.customer(), i.agentId(),
                    i.queue(), i.language(), i.turns(), i.audio(), i.outcome(), attributes));
        }
        return out;
    }

    /** sounds_like rules over pairs of the benchmark's words. */
    static String phoneticRules(int count) {
        Random random = new Random(13);
        StringBuilder yaml = new StringBuilder("pack: phonetic\nrules:\n");
        for (int i = 0; i < count; i++) {
            String a = WORDS[random.nextInt(WORDS.length)];
            String b = WORDS[random.nextInt(WORDS.length)];
            yaml.append("  - {id: phonetic_").append(i).append(", type: event, when: {sounds_like: [\"my ").append(a)
                    .append("\", \"").append(a).append(" ").append(b).append("\"], speaker: customer}}\n");
        }
        return yaml.toString();
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
