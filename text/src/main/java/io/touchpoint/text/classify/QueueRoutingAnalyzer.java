package io.touchpoint.text.classify;

import static java.util.Objects.requireNonNull;

import io.touchpoint.core.analysis.AnalyzedInteraction;
import io.touchpoint.core.analysis.Analyzer;
import io.touchpoint.core.analysis.Evidence;
import io.touchpoint.core.analysis.Finding;
import io.touchpoint.core.model.Channel;
import io.touchpoint.core.model.Interaction;
import io.touchpoint.core.model.Speaker;
import io.touchpoint.core.model.Turn;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Routes written contacts: predicts a queue for an e-mail, chat, web form, SMS or social post from
 * the customer's words with a trained {@link TextClassifier} (e.g. one made by {@code touchpoint
 * classifier train --label-column queue}) and records a {@code routing} finding named "queue" (label
 * the queue, score the confidence). When the source gave no queue and the confidence reaches
 * {@code minConfidence}, the interaction's queue is set.
 */
public final class QueueRoutingAnalyzer implements Analyzer {

    public static final String NAME = "queue-routing";
    public static final String FINDING_TYPE = "routing";

    /** Calls are routed by the phone system before anyone speaks; these channels arrive unrouted. */
    public static final Set<Channel> WRITTEN_CHANNELS = EnumSet.of(Channel.EMAIL, Channel.CHAT, Channel.WEBFORM,
            Channel.SMS, Channel.SOCIAL);

    private final TextClassifier classifier;
    private final Set<Channel> channels;
    private final double minConfidence;

    public QueueRoutingAnalyzer(TextClassifier classifier, Set<Channel> channels, double minConfidence) {
        this.classifier = requireNonNull(classifier, "classifier is null");
        this.channels = Set.copyOf(requireNonNull(channels, "channels is null"));
        if (!(minConfidence >= 0 && minConfidence <= 1)) {
            throw new IllegalArgumentException("minConfidence must be in [0, 1], got " + minConfidence);
        }
        this.minConfidence = minConfidence;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public AnalyzedInteraction analyze(AnalyzedInteraction input) {
        Interaction interaction = input.interaction();
        if (!channels.contains(interaction.channel())) {
            return input;
        }
        StringBuilder text = new StringBuilder();
        for (Turn turn : interaction.turns()) {
            if (turn.speaker() == Speaker.CUSTOMER) {
                text.append(turn.text()).append('\n');
            }
        }
        if (text.toString().isBlank()) {
            return input;
        }
        Prediction prediction = classifier.predict(List.of(text.toString())).get(0);
        Finding finding = new Finding(NAME, FINDING_TYPE, "queue", prediction.label(), prediction.confidence(),
                prediction.confidence(), List.of(Evidence.WHOLE_INTERACTION));
        AnalyzedInteraction result = input.plus(List.of(finding));
        if (interaction.queue() == null && prediction.confidence() >= minConfidence) {
            result = result.withInteraction(interaction.withQueue(prediction.label()));
        }
        return result;
    }
}
