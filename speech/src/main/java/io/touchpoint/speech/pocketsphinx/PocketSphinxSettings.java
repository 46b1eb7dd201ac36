package io.touchpoint.speech.pocketsphinx;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Decoder settings passed to PocketSphinx as command-line switches.
 *
 * @param languageWeight {@code -lw}: how much the language model counts against the acoustics
 * @param wordInsertionPenalty {@code -wip}: below 1 discourages many short words
 * @param beam {@code -beam}: the main pruning beam (smaller is wider and slower)
 * @param wordBeam {@code -wbeam}: the word-exit beam
 * @param maxActiveHmms {@code -maxhmmpf}: a cap on active HMMs per frame, which bounds the run time
 * @param secondPass {@code -fwdflat}: the flat-lexicon second pass (slower, sometimes better)
 * @param nbest how many alternative hypotheses to return (0: none)
 * @param extraSwitches any further PocketSphinx switches, e.g. {@code -pl_window 10}
 */
public record PocketSphinxSettings(double languageWeight, double wordInsertionPenalty, double beam, double wordBeam,
        int maxActiveHmms, boolean secondPass, int nbest, List<String> extraSwitches) {

    public PocketSphinxSettings {
        if (!(languageWeight > 0 && languageWeight < 50)) {
            throw new IllegalArgumentException("languageWeight " + languageWeight + " is outside (0, 50)");
        }
        if (!(wordInsertionPenalty > 0 && wordInsertionPenalty <= 1)) {
            throw new IllegalArgumentException("wordInsertionPenalty " + wordInsertionPenalty + " is outside (0, 1]");
        }
        if (!(beam > 0 && beam < 1) || !(wordBeam > 0 && wordBeam < 1)) {
            throw new IllegalArgumentException("beams must be in (0, 1), got " + beam + " and " + wordBeam);
        }
        if (maxActiveHmms < 500) {
            throw new IllegalArgumentException("maxActiveHmms " + maxActiveHmms + " is below 500");
        }
        if (nbest < 0 || nbest > 50) {
            throw new IllegalArgumentException("nbest " + nbest + " is outside 0-50");
        }
        extraSwitches = List.copyOf(extraSwitches);
        for (int index = 0; index < extraSwitches.size(); index += 2) {
            if (!extraSwitches.get(index).startsWith("-") || index + 1 >= extraSwitches.size()) {
                throw new IllegalArgumentException("extra switches must be pairs of -name value, got " + extraSwitches);
            }
        }
    }

    /** PocketSphinx's own defaults, the baseline every tuned setting is compared with. */
    public static PocketSphinxSettings engineDefaults() {
        return new PocketSphinxSettings(6.5, 0.65, 1e-48, 7e-29, 30_000, true, 0, List.of());
    }

    /**
     * The settings Touchpoint uses: PocketSphinx's first-pass weights, no flat-lexicon second pass
     * (about a quarter of the decoding time), a lighter language-model weight for the final
     * lattice search (7 instead of 9.5: the generic 3-gram model is over-trusted on text unlike its
     * training text), and at most 7,000 active HMMs per frame instead of 30,000 (the same words
     * on the speech-en set, about a sixth less CPU). Chosen on the speech-en set from the grid in
     * docs/benchmarks.md; both sources improved or stayed, so it is not one source's choice.
     */
    public static PocketSphinxSettings tuned() {
        return engineDefaults().withSecondPass(false).withMaxActiveHmms(7_000)
                .withExtraSwitches(List.of("-bestpathlw", "7"));
    }

    public PocketSphinxSettings withNbest(int count) {
        return new PocketSphinxSettings(languageWeight, wordInsertionPenalty, beam, wordBeam, maxActiveHmms, secondPass, count, extraSwitches);
    }

    public PocketSphinxSettings withLanguageWeight(double weight) {
        return new PocketSphinxSettings(weight, wordInsertionPenalty, beam, wordBeam, maxActiveHmms, secondPass, nbest, extraSwitches);
    }

    public PocketSphinxSettings withWordInsertionPenalty(double penalty) {
        return new PocketSphinxSettings(languageWeight, penalty, beam, wordBeam, maxActiveHmms, secondPass, nbest, extraSwitches);
    }

    public PocketSphinxSettings withBeams(double newBeam, double newWordBeam) {
        return new PocketSphinxSettings(languageWeight, wordInsertionPenalty, newBeam, newWordBeam, maxActiveHmms, secondPass, nbest, extraSwitches);
    }

    public PocketSphinxSettings withMaxActiveHmms(int max) {
        return new PocketSphinxSettings(languageWeight, wordInsertionPenalty, beam, wordBeam, max, secondPass, nbest, extraSwitches);
    }

    public PocketSphinxSettings withSecondPass(boolean enabled) {
        return new PocketSphinxSettings(languageWeight, wordInsertionPenalty, beam, wordBeam, maxActiveHmms, enabled, nbest, extraSwitches);
    }

    public PocketSphinxSettings withExtraSwitches(List<String> switches) {
        return new PocketSphinxSettings(languageWeight, wordInsertionPenalty, beam, wordBeam, maxActiveHmms, secondPass, nbest, switches);
    }

    List<String> arguments() {
        List<String> args = new ArrayList<>();
        add(args, "-lw", format(languageWeight));
        add(args, "-wip", format(wordInsertionPenalty));
        add(args, "-beam", format(beam));
        add(args, "-wbeam", format(wordBeam));
        add(args, "-maxhmmpf", Integer.toString(maxActiveHmms));
        add(args, "-fwdflat", secondPass ? "yes" : "no");
        args.addAll(extraSwitches);
        return args;
    }

    private static void add(List<String> args, String name, String value) {
        args.add(name);
        args.add(value);
    }

    private static String format(double value) {
        return String.format(Locale.ROOT, "%g", value);
    }

    @Override
    public String toString() {
        return String.join(" ", arguments());
    }
}
