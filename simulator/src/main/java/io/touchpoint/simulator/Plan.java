package io.touchpoint.simulator;

import io.touchpoint.core.model.Channel;
import io.touchpoint.core.model.Direction;
import java.time.Instant;

/** One contact as planned: who, when, on which channel, why, and which planted story it belongs to. */
final class Plan {

    /** What kind of planted churn signal a churner's contact carries. */
    enum ChurnSignal { NONE, BILLING_SPIKE, OUTAGE, COMPLAINT, FINAL }

    final SimulatedCustomer customer;
    final Channel channel;
    final ContactReason reason;
    final int day;
    final int creationOrder;
    Instant start;
    boolean outageSpike;
    /** The earlier contact this one repeats (planted repeat contact), or null. */
    Plan followUpOf;
    ChurnSignal churnSignal = ChurnSignal.NONE;

    // Assigned when the contact is scheduled.
    int sequence;
    String id;
    SimulatedAgent agent;

    Plan(SimulatedCustomer customer, Channel channel, ContactReason reason, int day, Instant start, int creationOrder) {
        this.customer = customer;
        this.channel = channel;
        this.reason = reason;
        this.day = day;
        this.start = start;
        this.creationOrder = creationOrder;
    }

    Direction direction() {
        return reason == ContactReason.COLLECTIONS ? Direction.OUTBOUND : Direction.INBOUND;
    }

    boolean live() {
        return channel == Channel.VOICE || channel == Channel.CHAT;
    }
}
