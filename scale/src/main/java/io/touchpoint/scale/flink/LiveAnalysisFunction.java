package io.touchpoint.scale.flink;

import static java.util.Objects.requireNonNull;

import io.touchpoint.core.model.Interaction;
import io.touchpoint.ingest.InvalidFieldException;
import io.touchpoint.ingest.canonical.CanonicalJson;
import io.touchpoint.kafka.AlertRecord;
import io.touchpoint.kafka.FindingRecord;
import io.touchpoint.kafka.LiveEvent;
import io.touchpoint.kafka.TopicJson;
import io.touchpoint.scale.PipelineSpec;
import io.touchpoint.scale.ScalePipeline;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.MapState;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The live analysis, keyed by interaction id: keeps each open conversation (as canonical JSON),
 * the ids of the findings it sent and the alert keys it raised in Flink's keyed state, and runs
 * {@link LiveStep} on every event. The state is part of every checkpoint, so a job restored from
 * a checkpoint carries on exactly where the checkpoint was taken.
 */
public final class LiveAnalysisFunction extends KeyedProcessFunction<String, String, TopicMessage> {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(LiveAnalysisFunction.class);

    private final PipelineSpec spec;
    private transient LiveStep step;
    private transient ValueState<String> conversation;
    private transient MapState<String, Boolean> sentFindings;
    private transient MapState<String, Boolean> raisedAlerts;

    public LiveAnalysisFunction(PipelineSpec spec) {
        this.spec = requireNonNull(spec, "spec is null");
    }

    @Override
    public void open(OpenContext context) {
        step = new LiveStep(ScalePipeline.of(spec), ScalePipeline.version(spec));
        conversation = getRuntimeContext().getState(new ValueStateDescriptor<>("conversation", Types.STRING));
        sentFindings = getRuntimeContext().getMapState(new MapStateDescriptor<>("sent-findings", Types.STRING,
                Types.BOOLEAN));
        raisedAlerts = getRuntimeContext().getMapState(new MapStateDescriptor<>("raised-alerts", Types.STRING,
                Types.BOOLEAN));
    }

    @Override
    public void processElement(String value, Context context, Collector<TopicMessage> out) throws Exception {
        LiveEvent event;
        try {
            event = TopicJson.decodeEvent(value.getBytes(StandardCharsets.UTF_8));
        } catch (InvalidFieldException e) {
            LOG.warn("Skipped an unreadable event of key '{}': {}: {}", context.getCurrentKey(), e.field(),
                    e.getMessage());
            return;
        }
        String stored = conversation.value();
        Interaction current = stored == null ? null
                : CanonicalJson.readInteraction(CanonicalJson.mapper().readTree(stored));
        LiveStep.Result result = step.apply(current, event, this::wasSent, this::wasRaised, Instant.now());
        for (FindingRecord finding : result.findings()) {
            sentFindings.put(finding.findingId(), Boolean.TRUE);
            out.collect(new TopicMessage(TopicMessage.FINDINGS, finding.interactionId(), TopicJson.encode(finding)));
        }
        for (String key : result.alertKeys()) {
            raisedAlerts.put(key, Boolean.TRUE);
        }
        for (AlertRecord alert : result.alerts()) {
            out.collect(new TopicMessage(TopicMessage.ALERTS, alert.interactionId(), TopicJson.encode(alert)));
        }
        if (result.conversation().isPresent()) {
            conversation.update(CanonicalJson.toLine(result.conversation().get()));
        } else {
            // Ended: a late duplicate of its events must not re-send, so the sent ids stay while the text goes.
            conversation.clear();
        }
    }

    private boolean wasSent(String findingId) {
        try {
            return sentFindings.contains(findingId);
        } catch (Exception e) {
            throw new IllegalStateException("cannot read the sent-findings state", e);
        }
    }

    private boolean wasRaised(String key) {
        try {
            return raisedAlerts.contains(key);
        } catch (Exception e) {
            throw new IllegalStateException("cannot read the raised-alerts state", e);
        }
    }
}
