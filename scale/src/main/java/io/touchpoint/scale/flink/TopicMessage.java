package io.touchpoint.scale.flink;

import java.util.Arrays;
import java.util.Objects;

/**
 * One message the live job writes: its topic, key (the interaction id) and JSON value. A Flink
 * POJO (public fields, no-argument constructor), so Flink serializes it without Kryo.
 */
public final class TopicMessage {

    /** Which output: {@link #FINDINGS} or {@link #ALERTS}. */
    public static final String FINDINGS = "findings";
    public static final String ALERTS = "alerts";

    public String output;
    public String key;
    public byte[] value;

    public TopicMessage() {
    }

    public TopicMessage(String output, String key, byte[] value) {
        this.output = output;
        this.key = key;
        this.value = value;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TopicMessage message && Objects.equals(output, message.output)
                && Objects.equals(key, message.key) && Arrays.equals(value, message.value);
    }

    @Override
    public int hashCode() {
        return Objects.hash(output, key) * 31 + Arrays.hashCode(value);
    }

    @Override
    public String toString() {
        return output + "/" + key;
    }
}
